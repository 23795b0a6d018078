# iter(callable, sentinel): calls the callable until it returns the
# sentinel (compared with ==) or raises StopIteration; any callable works,
# a class included.
import gc
import sys

zeros = iter(int, 1)
print([next(zeros) for _ in range(3)], "iter(int, 1) is", type(zeros).__name__)
it = iter(int, 0)
print("int() == 0 at once:", list(it), list(it))

values = iter([5, 4, 3, 0, 2, 1])
print(list(iter(values.__next__, 0)), "left:", list(values))

count = 0


def counter():
    global count
    count += 1
    return count


print(list(iter(counter, 4)))


def stopper():
    raise StopIteration


print(list(iter(stopper, None)))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __call__(self):
        self.n -= 1
        return self.n


cd = Countdown(3)
print(list(iter(cd, -1)), "refs to cd while its iterator lives:", end=" ")
cd = Countdown(2)
it = iter(cd, -1)
print(sys.getrefcount(cd) - 1, end=", ")
list(it)
print("after exhaustion:", sys.getrefcount(cd) - 1)
print("tracked:", gc.is_tracked(iter(int, 1)), "size:", sys.getsizeof(iter(int, 1)))

class Half:
    def __eq__(self, other):
        print("  __eq__ called with", other)
        return other == 2


print(list(iter(iter([1, 2, 3]).__next__, Half())))

for bad in [(5, 1), ("abc", "c"), (None, None)]:
    try:
        iter(*bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    iter()
except TypeError as error:
    print("TypeError:", error)
try:
    iter(int, 1, 2)
except TypeError as error:
    print("TypeError:", error)


def boom():
    raise ValueError("boom")


try:
    next(iter(boom, 0))
except ValueError as error:
    print("ValueError:", error)
