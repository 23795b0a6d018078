# Three ways to compute Fibonacci numbers: a dict memo, a closure with
# nonlocal state, and a global call counter showing why memoising matters.

calls = 0


def fib_naive(n):
    global calls
    calls += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)


memo = {0: 0, 1: 1}


def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]


def make_fib():
    cache = {}
    hits = 0

    def fib(n):
        nonlocal hits
        if n in cache:
            hits += 1
            return cache[n]
        result = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = result
        return result

    def stats():
        return len(cache), hits

    return fib, stats


def fib_stream():
    a, b = 0, 1

    def step():
        nonlocal a, b
        value = a
        a, b = b, a + b
        return value
    return step


print([fib_naive(n) for n in range(10)])
calls = 0
print("fib_naive(20) =", fib_naive(20), "calls:", calls)
print("fib_memo(100) =", fib_memo(100), "memo size:", len(memo))
fib, stats = make_fib()
print("fib(300) =", fib(300))
print("cache entries, hits:", stats())
fib(50)
print("after fib(50):", stats())
step = fib_stream()
print([step() for _ in range(12)])
other = fib_stream()
print(other(), other(), step())
golden = (1 + 5 ** 0.5) / 2
print([round(golden ** n / 5 ** 0.5) == fib_memo(n) for n in (10, 40, 70, 80)])
print(len(str(fib(1000))), "digits in fib(1000)")
