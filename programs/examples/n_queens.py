# Backtracking: every solution of the n-queens puzzle, using sets of small
# ints for the attacked columns and diagonals.


def solve(n):
    solutions = []
    columns, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for col in range(n):
            if col in columns or row - col in diag1 or row + col in diag2:
                continue
            columns.add(col)
            diag1.add(row - col)
            diag2.add(row + col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            columns.remove(col)
            diag1.discard(row - col)
            diag2.discard(row + col)

    place(0)
    return solutions


def draw(solution):
    n = len(solution)
    for col in solution:
        print(" ".join("Q" if c == col else "." for c in range(n)))


for n in range(1, 9):
    print(f"{n} queens: {len(solve(n))} solutions")
six = solve(6)
print(six)
draw(six[0])
first = solve(8)[0]
print("first 8-queens solution:", first)
draw(first)
mirrored = [tuple(7 - c for c in s) for s in solve(8)]
print("mirror images are solutions too:", set(mirrored) == set(solve(8)))
