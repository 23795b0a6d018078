# functools as tutorials use it: partial, reduce, lru_cache and cache (with cache_info), wraps, total_ordering, cached_property, singledispatch, cmp_to_key.
import functools
from functools import cached_property, lru_cache, partial, reduce, singledispatch, total_ordering, wraps

square = partial(pow, exp=2)
print(square(5), partial(int, base=2)("1111"), [partial(max, 0)(x) for x in (-1, 3)])
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda acc, w: acc + len(w), ["ab", "cde"], 0))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def double(x):
    print("computing", x)
    return x * 2


for x in [1, 2, 1, 3, 1, 2]:
    double(x)
print(double.cache_info(), double.__name__, double.__wrapped__.__name__)


@functools.cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(10), factorial.cache_info())


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__)
        return func(*args, **kwargs)

    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__ is not None)


@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "Version(%d, %d)" % (self.major, self.minor)


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, sorted([b, a]), max(a, b))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3.14159 * self.r ** 2


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)


@singledispatch
def describe(x):
    return "something"


@describe.register
def _(x: int):
    return "an int"


@describe.register(list)
def _(x):
    return "a list of %d" % len(x)


print(describe(1), describe([1, 2]), describe("s"), describe(True), describe.registry.keys() >= {object, int, list})
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
