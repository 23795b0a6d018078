# Unpacking everywhere: tuple assignment and swaps, starred targets,
# nested targets, * and ** in calls, keyword-only and default arguments.

a, b = 1, 2
a, b = b, a
print(a, b)
first, *middle, last = [10, 20, 30, 40, 50]
print(first, middle, last)
*init, tail = "abc"
head, *rest = (1,)
print(init, tail, head, rest)
(x, y), z = (1, 2), 3
name, (lat, lon) = "home", (52.37, 4.89)
print(x, y, z, name, lat, lon)
for index, (key, value) in enumerate({"a": 1, "b": 2}.items()):
    print(index, key, value)
p, q, r = range(3)
s, t = "hi"
print(p, q, r, s, t)
try:
    one, two = [1, 2, 3]
except ValueError as error:
    print("ValueError:", error)
try:
    one, two, three = [1, 2]
except ValueError as error:
    print("ValueError:", error)


def describe(kind, *items, sep=", ", **options):
    extra = " ".join(f"{k}={v}" for k, v in options.items())
    return f"{kind}: {sep.join(str(i) for i in items)} {extra}".strip()


def point(x, y=0, *, z=0, label="p"):
    return f"{label}({x}, {y}, {z})"


print(describe("fruit", "apple", "pear"))
print(describe("numbers", *range(4), sep="+"))
print(describe("empty"))
settings = {"colour": "red", "size": 3}
print(describe("options", 1, **settings))
print(describe(*["spread", "a", "b"], **{"sep": "/", "mode": "fast"}))
print(point(1), point(1, 2), point(1, z=3), point(y=5, x=4, label="q"), point(*(7, 8), **{"z": 9}))
try:
    point(1, 2, 3)
except TypeError as error:
    print("TypeError:", error)

merged = {**settings, "size": 4, **{"shape": "round"}}
combined = [*range(3), *"ab", *[None]]
pair = (*"xy", 0)
print(merged, combined, pair, {*[1, 2], *[2, 3]})
print(*[1, 2, 3], sep=" < ")
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*matrix)])


def minmax(values):
    return min(values), max(values)


low, high = minmax([5, 3, 9, 1])
print(low, high, minmax("hello"))
records = [("ann", 31, "nl"), ("bob", 25, "uk")]
for name, age, _ in records:
    print(f"{name} is {age}")
(first_name, _, country), *others = records
print(first_name, country, others)
values = [1, 2, 3]
values[0], values[2] = values[2], values[0]
print(values)
i = 0
i, values[i] = 2, 99
print(i, values)
