# Cycles through the native collections and functools objects are collected: deques (and their iterators), defaultdicts (through a value or the factory), partials (through arguments, keywords or __dict__), OrderedDicts (through values, __dict__, views), key objects and tuplegetters.
import gc
import weakref
from _collections import OrderedDict, _tuplegetter, defaultdict, deque
from _functools import cmp_to_key, partial


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("-- deque")
gc.collect()
d = deque()
d.append(d)
d.append(Noisy("in cycle"))
wr = weakref.ref(d, lambda r: print("callback"))
del d
print("before collect")
print(gc.collect())
print(wr())
a = deque()
b2 = deque([a, Noisy("pair")])
a.append(b2)
it = iter(a)
a.append(it)
del a, b2, it
print(gc.collect())


class Node:
    def __init__(self):
        self.children = deque()


n = Node()
n.children.append(n)
n.children.append(Noisy("node child"))
del n
print(gc.collect())

print("-- defaultdict")
dd = defaultdict(list)
dd["self"] = dd
dd["n"] = Noisy("dd value")
del dd
print(gc.collect())
dd = defaultdict()
dd.default_factory = lambda: dd
dd["keep"] = Noisy("factory cycle")
del dd
print(gc.collect())
dd = defaultdict(list)
dd[1].append(dd)
dd[2] = Noisy("list value")
del dd
print(gc.collect())

print("-- partial")
p = partial(print)
p.__setstate__((print, (p, Noisy("arg")), {}, None))
del p
print(gc.collect())
p = partial(print, Noisy("kw owner"))
p.keywords["me"] = p
del p
print(gc.collect())
p = partial(print)
p.me = p
p.tag = Noisy("dict")
del p
print(gc.collect())


def make_closure():
    def inner():
        return p

    p = partial(inner, Noisy("closure"))
    return p


make_closure()
print(gc.collect())

print("-- keys")
K = cmp_to_key(lambda a, b: 0)
k = K(Noisy("key obj"))
k.obj.back = k
del k
print(gc.collect())


def cmp(a, b, holder=[]):
    return 0


K = cmp_to_key(cmp)
cmp.__defaults__[0].append(K)
cmp.__defaults__[0].append(Noisy("cmp default"))
del K, cmp
print(gc.collect())

print("-- OrderedDict")
od = OrderedDict()
od["self"] = od
od["n"] = Noisy("od value")
od.move_to_end("self")
del od
print(gc.collect())
od = OrderedDict(a=Noisy("od attr owner"))
od.me = od
del od
print(gc.collect())
od = OrderedDict(x=1)
od["view"] = od.items()
od["iter"] = iter(od)
od["n"] = Noisy("od views")
del od
print(gc.collect())

print("-- tuplegetter")
tg = _tuplegetter(0, None)
tg.__doc__ = [tg, Noisy("doc")]
del tg
print(gc.collect())
print("end")
