# weakref.proxy forwards every operation to a live referent and raises
# ReferenceError once it is dead; proxies are unhashable.
import weakref


class V:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items

    def __eq__(self, other):
        return isinstance(other, V) and self.items == other.items

    def __lt__(self, other):
        return len(self) < len(other)

    def __neg__(self):
        return V(-x for x in self.items)

    def __mul__(self, n):
        return V(self.items * n)

    def __rmul__(self, n):
        return V(self.items * n)

    def __iadd__(self, other):
        self.items += other
        return self

    def __str__(self):
        return f"V{self.items}"

    def __repr__(self):
        return f"V({self.items!r})"

    def __bool__(self):
        return bool(self.items)

    def __index__(self):
        return len(self.items)


v = V([1, 2, 3])
p = weakref.proxy(v)
print(len(p), p[0], list(p), 2 in p, str(p), p == V([1, 2, 3]), p < V([1, 2, 3, 4]), bool(p))
p[0] = 10
del p[1]
print("mutations reach the object:", v.items)
print("operators:", (-p).items, (p * 2).items, (2 * p).items, [0, 1, 2, 3][p])
q = p
q += [7]
print("in-place returns the referent:", type(q).__name__, v.items)
print("isinstance goes through __class__:", isinstance(p, V), p.__class__.__name__, type(p).__name__)
try:
    hash(p)
except TypeError as error:
    print("TypeError:", error)
p.extra = "set through proxy"
print(v.extra)
del p.extra
print(hasattr(v, "extra"))


def f(x, *, y=0):
    return x + y


cp = weakref.proxy(f)
print("callable:", cp(1, y=2), type(cp).__name__, callable(cp), callable(p))
try:
    p()
except TypeError as error:
    print("TypeError:", error)
print("proxy with callback is separate:", weakref.proxy(v, print) is p, weakref.proxy(v) is p)
del v, q
for action in (lambda: len(p), lambda: p[0], lambda: str(p), lambda: p == 1, lambda: bool(p), lambda: -p,
               lambda: list(p), lambda: 1 in p):
    try:
        action()
    except ReferenceError as error:
        print("ReferenceError:", error)
print("repr of a dead proxy:", repr(p))
