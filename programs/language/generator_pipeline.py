# Generators chained into a pipeline: yield, yield from, send(), generator
# expressions, map/filter, and iter/next with a default.


def read_lines(text):
    for line in text.split("\n"):
        yield line


def strip_comments(lines):
    for line in lines:
        code = line.split("#")[0].strip()
        if code:
            yield code


def numbers(lines):
    for line in lines:
        yield from (int(word) for word in line.split() if word.lstrip("-").isdigit())


def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


data = """
10 20 x 30   # first line
# a whole comment
-5 7
  abc 100
"""

pipeline = numbers(strip_comments(read_lines(data)))
print(type(pipeline).__name__)
print(list(pipeline))
print(list(pipeline), "(exhausted)")

evens = filter(lambda n: n % 2 == 0, numbers(strip_comments(read_lines(data))))
squares = map(lambda n: n * n, evens)
print(list(squares))

accumulator = running_total()
print(next(accumulator))
for n in [5, 10, 20]:
    print("sent", n, "total now", accumulator.send(n))
try:
    accumulator.send(None)
except StopIteration as stop:
    print("generator returned", stop.value)


def countdown(n):
    print("  countdown starts")
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain(countdown(3), "ab", [None])))
gen = countdown(2)
print(next(gen), next(gen), next(gen, "default"), next(gen, "again"))

it = iter([1, 2])
print(next(it), next(it), next(it, None))
print(sum(x * x for x in range(10) if x % 3))
print(max((len(w), w) for w in "the quick brown fox".split()))
print(any(n > 90 for n in numbers(["5 95"])), all(n > 90 for n in numbers(["5 95"])))


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, iterable):
    for i, value in enumerate(iterable):
        if i >= n:
            return
        yield value


print(list(take(15, fibonacci())))
