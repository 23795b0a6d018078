# Deep recursion through native code (a class call per level, __repr__,
# == of nested lists, sorted's key, __getattr__, generators delegating
# with yield from) raises RecursionError and the unwinding releases
# everything it held, whether the recursion limit is met first or, in a
# host with a small stack, the host stack runs short first (refpy keeps a
# margin of it for the unwinding): only what does not depend on the
# depth reached is printed.
import sys
import weakref

token = object()
before = sys.getrefcount(token)


def report(name, error):
    print(name, type(error).__name__, str(error).startswith("maximum recursion depth exceeded"))


# The nodes are counted through weak references, which run no Python code
# when a node is freed: a __del__ run while the unwinding is still at the
# host stack's edge would meet it again.
nodes = []


class Node:
    def __init__(self, n, token):
        nodes.append(weakref.ref(self))
        self.token = token
        self.child = Node(n + 1, token)


try:
    Node(0, token)
except RecursionError as error:
    report("constructors", error)
print("nodes alive", sum(ref() is not None for ref in nodes), len(nodes) > 10)
del nodes


class Cycle:
    def __init__(self, token):
        self.token = token
        self.other = self

    def __repr__(self):
        return f"Cycle({self.token!r:.0}{self.other!r})"


c = Cycle(token)
try:
    repr(c)
except RecursionError as error:
    report("repr", error)
c.other = None
del c

a = [token]
b = [token]
for i in range(1500):
    a = [a]
    b = [b]
try:
    a == b
except RecursionError as error:
    report("nested ==", error)
try:
    repr(a)
except RecursionError as error:
    report("nested repr", error)
del a, b


def key(x):
    return sorted([x, token], key=key)


try:
    sorted([token], key=key)
except RecursionError as error:
    report("sorted key", error)


class Lookup:
    def __init__(self, token):
        self.token = token

    def __getattr__(self, name):
        return getattr(self, name + "x")


try:
    Lookup(token).attribute
except RecursionError as error:
    report("__getattr__", error)


def delegate(token):
    yield from delegate(token)


try:
    list(delegate(token))
except RecursionError as error:
    report("yield from", error)

print("token references restored", sys.getrefcount(token) == before)
