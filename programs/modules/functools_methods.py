# More of functools as tutorials use it: partialmethod, singledispatchmethod, lru_cache(typed=True) and cache_parameters, wraps keeping metadata, total_ordering with __gt__, update_wrapper, reduce with operator functions.
import functools
import operator
from functools import partialmethod, singledispatchmethod, lru_cache, wraps, total_ordering, reduce, update_wrapper


class Cell:
    def __init__(self):
        self._alive = False

    def set_state(self, state):
        self._alive = bool(state)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c._alive)
c.set_dead()
print(c._alive, type(Cell.__dict__["set_alive"]).__name__)


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"object {arg!r}"

    @fmt.register
    def _(self, arg: int):
        return f"int {arg}"

    @fmt.register
    def _(self, arg: list):
        return f"list of {len(arg)}"


f = Formatter()
print(f.fmt(3), f.fmt([1, 2]), f.fmt("s"))


@lru_cache(maxsize=32, typed=True)
def square(x):
    return x * x


print(square(3), square(3.0), square(3), square.cache_info(), square.cache_parameters())


def timer(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """Wrapper doc."""
        return func(*args, **kwargs)

    return wrapper


@timer
def compute(n: int) -> int:
    """Compute something."""
    return n * 2


print(compute(21), compute.__name__, compute.__doc__, compute.__annotations__, compute.__wrapped__.__name__)


def plain(a, b):
    "plain doc"
    return a - b


def proxy(*args):
    return plain(*args)


update_wrapper(proxy, plain)
print(proxy.__name__, proxy.__doc__, proxy(5, 3))


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __gt__(self, other):
        return self.cents > other.cents


a, b = Money(100), Money(250)
print(a < b, a <= b, a >= b, b >= a, a == Money(100))
try:

    @total_ordering
    class Bad:
        pass

except ValueError as e:
    print("ValueError", e)
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(operator.or_, [{1}, {2}, {3}]))
nums = [3, 1, 2]
print(sorted([("b", 2), ("a", 3), ("c", 1)], key=operator.itemgetter(1)), list(map(functools.partial(operator.mul, 10), nums)))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
