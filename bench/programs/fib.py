# Recursive Fibonacci: call overhead, int add/compare, frame push/pop.
# The checksum line must be identical under CPython 3.11 and refpy.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for i in range(3):
    total += fib(30)
print("fib", total)
