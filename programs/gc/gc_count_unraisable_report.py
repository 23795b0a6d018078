# What generation 0 counts while the default sys.unraisablehook reports an
# exception a __del__ raised (spec 7, 11): the report's UnraisableHookArgs,
# a bound `write` per piece written to sys.stderr, the memoryview of each
# line the buffered stderr flushes, and, per traceback entry, the reading of
# the source file (io.open, a TextIOWrapper and its decoders, a chunk read
# per 8 KiB, the anchors' parse). With automatic collection on, a small
# threshold puts a collection at each step of the report in turn; a
# collection that falls inside stderr's raw write finds the buffer busy,
# and the report of a __del__ it runs is lost (a reentrant call).
import gc


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise RuntimeError("loud " + self.name)


def deep(n):
    if n == 0:
        return [][n + 1] + n
    return deep(n - 1)


class Deep:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        deep(2)


class Cyc:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("del cyc", self.name)
        raise ValueError("cyc " + self.name)


class Silent(Exception):
    def __str__(self):
        return ""


class Quiet:
    def __del__(self):
        raise Silent()


gc.collect()
gc.disable()
for cls in (Loud, Deep, Loud, Deep):
    o = cls("x")
    before = gc.get_count()
    del o
    print(cls.__name__, before, gc.get_count())
o = Quiet()
before = gc.get_count()
del o
print("Quiet", before, gc.get_count())
gc.enable()

# Threshold 9 is left out: there CPython 3.11.7 itself crashes (the
# collection falls on the list TextIOWrapper.write makes for its pending
# bytes, and the report of the __del__ it runs re-enters that write).
for t in [t for t in range(1, 45) if t != 9]:
    gc.collect()
    gc.set_threshold(t, 1, 1)
    c = Cyc(str(t))
    del c
    o = Loud(str(t))
    del o
    print(t, gc.get_count())
gc.set_threshold(700, 10, 10)
print("end")
