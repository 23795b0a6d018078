# Loop control: while and for with else, break and continue, nested loops
# with a flag, and searching with for/else.

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(f"{n} = {d} * {n // d}")
            break
    else:
        print(f"{n} is prime")

target = 42
numbers = [3, 9, 14, 27, 42, 55]
for index, value in enumerate(numbers):
    if value == target:
        print("found", target, "at index", index)
        break
else:
    print(target, "not found")
for value in numbers:
    if value == 100:
        break
else:
    print("100 not found (for-else runs when no break happened)")

total = 0
for n in range(20):
    if n % 3 == 0:
        continue
    if n > 14:
        break
    total += n
print("sum of non-multiples of 3 below 15:", total)

attempts = 0
balance = 100
while balance > 0:
    attempts += 1
    balance -= 30
    if balance < 20:
        print("low balance after", attempts, "withdrawals:", balance)
        break
else:
    print("never reached: the loop ended by break")

count = 3
while count:
    print("count", count)
    count -= 1
else:
    print("while-else: loop condition became false")

grid = [[1, 2, 3], [4, -5, 6], [7, 8, -9]]
found = None
for r, row in enumerate(grid):
    for c, cell in enumerate(row):
        if cell < 0:
            found = (r, c)
            break
    if found:
        break
print("first negative at", found)

n = 27
steps = 0
while True:
    if n == 1:
        break
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz(27) steps:", steps)
for i in range(3):
    pass
print("loop variable after the loop:", i)
for empty in []:
    print("never")
else:
    print("for-else on an empty loop runs too")
skipped = [w for w in "a bb ccc dddd".split() if len(w) != 2]
i = 0
while i < len(skipped):
    word = skipped[i]
    i += 1
    if word.startswith("c"):
        continue
    print("word", word)
