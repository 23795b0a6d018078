# Towers of Hanoi: the recursive solution, a global move counter, pegs as
# lists in a dict, and a check that 2**n - 1 moves are made.

moves = 0


def hanoi(n, source, target, spare, pegs, log):
    global moves
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, pegs, log)
    disk = pegs[source].pop()
    if pegs[target] and pegs[target][-1] < disk:
        raise RuntimeError(f"cannot put disk {disk} on {pegs[target][-1]}")
    pegs[target].append(disk)
    moves += 1
    if log:
        print(f"move {moves:>2}: disk {disk} {source} -> {target}   {show(pegs)}")
    hanoi(n - 1, spare, target, source, pegs, log)


def show(pegs):
    return "  ".join(f"{name}:{''.join(str(d) for d in disks):<4}" for name, disks in pegs.items())


def solve(n, log=False):
    global moves
    moves = 0
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    hanoi(n, "A", "C", "B", pegs, log)
    return pegs


final = solve(4, log=True)
print(final, moves, moves == 2 ** 4 - 1)
for n in range(1, 16):
    solve(n)
    assert moves == 2 ** n - 1, n
print("moves for 15 disks:", moves)


def hanoi_iterative(n):
    """The same moves without recursion: cycle through the three peg pairs."""
    pairs = [("A", "C"), ("A", "B"), ("B", "C")] if n % 2 else [("A", "B"), ("A", "C"), ("B", "C")]
    pegs = {"A": list(range(n, 0, -1)), "B": [], "C": []}
    sequence = []
    for i in range(2 ** n - 1):
        x, y = pairs[i % 3]
        if not pegs[y] or (pegs[x] and pegs[x][-1] < pegs[y][-1]):
            pegs[y].append(pegs[x].pop())
            sequence.append(x + y)
        else:
            pegs[x].append(pegs[y].pop())
            sequence.append(y + x)
    return sequence, pegs


sequence, pegs = hanoi_iterative(3)
print(" ".join(sequence), pegs)
print(len(hanoi_iterative(10)[0]), hanoi_iterative(10)[1]["C"][:3])
