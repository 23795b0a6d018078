# What generation 0 counts when native code needs a sequence of an
# iterable (PySequence_Fast, spec 11): a list or tuple is used as it is;
# any other iterable (a generator, a dict, a str, a list subclass) is
# copied into a new list - after its iterator is made - which is freed to
# the list freelist once the call is done. str.join, bytes.join and slice
# assignment go through it. Each case after a full collection.
import gc


class L(list):
    pass


def gen():
    yield "a"
    yield "b"


cases = [
    ("join list", lambda: "-".join(["a", "b"])),
    ("join tuple", lambda: "-".join(("a", "b"))),
    ("join generator", lambda: "-".join(gen())),
    ("join dict", lambda: "-".join({"a": 1, "b": 2})),
    ("join str", lambda: "-".join("ab")),
    ("join list subclass", lambda: "-".join(L(["a", "b"]))),
    ("bytes join iterator", lambda: b"-".join(iter([b"a", b"b"]))),
    ("bytearray join map", lambda: bytearray(b"-").join(map(bytes, [b"a"]))),
]


def assign_str():
    t = [-3]
    t[-2:-2] = "ab"
    return t


def assign_range():
    t = [1, 2, 3]
    t[0:2] = range(4)
    return t


def assign_tuple():
    t = [1, 2, 3]
    t[1:] = (7, 8)
    return t


def assign_extended():
    t = [1, 2, 3, 4]
    t[::2] = "xy"
    return t


cases += [
    ("slice = str", assign_str),
    ("slice = range", assign_range),
    ("slice = tuple", assign_tuple),
    ("extended slice = str", assign_extended),
]
gc.disable()
for label, f in cases:
    gc.collect()
    before = gc.get_count()
    r = f()
    print(label, repr(r), before, gc.get_count())
try:
    "".join(5)
except TypeError as e:
    print(e)
gc.enable()
