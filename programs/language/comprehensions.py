# List, dict and set comprehensions and generator expressions: nested
# loops, conditions, conditional values, and their own scope.

squares = [n * n for n in range(10)]
evens = [n for n in squares if n % 2 == 0]
labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(squares, evens, labels, sep="\n")

pairs = [(x, y) for x in range(1, 4) for y in range(x, 4) if (x + y) % 2 == 0]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
flat = [value for row in matrix for value in row]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(matrix, flat, transposed, sep="\n")
diagonal = [matrix[i][i] for i in range(len(matrix))]
print(diagonal, sum(diagonal))

words = ["apple", "bob", "kayak", "banana", "level", "cherry", "avocado"]
lengths = {w: len(w) for w in words}
print(lengths)
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
grouped = {letter: [w for w in words if w[0] == letter] for letter in sorted({w[0] for w in words})}
print(grouped)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
remainders = {n % 7 for n in range(0, 50, 5)}
print(sorted(remainders), {x * x for x in range(-3, 4)} == {0, 1, 4, 9}, {n for n in range(6)})

total = sum(x * y for x, y in zip(range(5), range(5, 10)))
print(total, any(w.startswith("k") for w in words), all(len(w) > 2 for w in words))
gen = (w.upper() for w in words if len(w) == 5)
print(next(gen), list(gen))
nested = [[y for y in range(x)] for x in range(5)]
print(nested, [len(row) for row in nested])
print([c for c in "hello world" if c not in "aeiou "], "".join(c * 2 for c in "abc"))
print(sorted((len(w), w) for w in words)[:3], max(w[::-1] for w in words))
x = "outer"
result = [x for x in range(3)]
print(x, result, "(the comprehension's x does not leak)")
primes = [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
table = {(r, c): r * c for r in range(1, 4) for c in range(1, 4) if r <= c}
print(table)
counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
print(counts, dict(sorted(counts.items(), key=lambda kv: -kv[1])))
funcs = [lambda n, k=k: n + k for k in range(3)]
print([f(10) for f in funcs])
late = [lambda n: n + k for k in range(3)]
print([f(10) for f in late], "(late binding: every lambda sees the last k)")
