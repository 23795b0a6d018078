# Finalizers during collection (PEP 442, spec 3.5-3.6): list order across
# generations, a finalizer that makes new garbage, one that raises, one that
# resurrects part of a cycle, and collect() inside __del__.
import gc


class N:
    def __init__(self, name):
        self.name = name
        self.link = None

    def __del__(self):
        print("  __del__", self.name)


def pair(a, b):
    x, y = N(a), N(b)
    x.link, y.link = y, x


gc.collect()
print("three pairs across generations:")
pair("gen2-a", "gen2-b")
gc.collect(1)
gc.collect(1)
pair("gen1-a", "gen1-b")
gc.collect(0)
pair("gen0-a", "gen0-b")
print("  collected:", gc.collect())


class Maker(N):
    def __del__(self):
        print("  __del__", self.name, "makes a new cycle")
        pair("made-1", "made-2")


print("a finalizer that creates garbage:")
m = Maker("maker")
m.link = m
del m
print("  first collect:", gc.collect())
print("  second collect:", gc.collect())


class Bad(N):
    def __del__(self):
        print("  __del__", self.name, "raises")
        raise ValueError("in gc")


print("a finalizer that raises during collection:")
b = Bad("bad")
b.link = N("partner")
b.link.link = b
del b
print("  collected:", gc.collect())
saved = []


class Saver(N):
    def __del__(self):
        print("  __del__", self.name, "saves its partner")
        saved.append(self.link)


print("a finalizer that resurrects its partner:")
s = Saver("saver")
s.link = N("kept")
s.link.link = s
del s
print("  collected:", gc.collect(), "| saved:", [x.name for x in saved], "| partner's partner:", saved[0].link.name)
saved.clear()
print("  after dropping it:", gc.collect())


class Inner(N):
    def __del__(self):
        print("  __del__", self.name, "collect() ->", gc.collect(), "| count", gc.get_count()[1:])


print("collect() inside a finalizer:")
i = Inner("inner")
i.link = i
del i
print("  collected:", gc.collect())
print("finalized flags survive resurrection:")
keep = []


class Phoenix:
    def __del__(self):
        keep.append(self)


ph = Phoenix()
ph.me = ph
del ph
print("  collect ->", gc.collect(), gc.is_finalized(keep[0]))
keep.clear()
print("  second collect ->", gc.collect())
