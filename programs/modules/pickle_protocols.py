# pickle: the bytes pickle.dumps writes at protocols 0-5 for built-in values, classes, slots and recursive structures, and what loads gives back
import collections
import datetime
import functools
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1
        self.b = [2]

    def __getstate__(self):
        return {"a": self.a, "b": self.b}

    def __setstate__(self, state):
        self.a = state["a"]
        self.b = state["b"]

    def __repr__(self):
        return "Slotted(%r, %r)" % (self.a, self.b)


class SlotsOnly:
    __slots__ = ("p", "q")

    def __repr__(self):
        return "SlotsOnly(%r)" % getattr(self, "p", None)


class WithNewArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)

    def __repr__(self):
        return "WithNewArgs(%d, %r)" % (self, self.tag)


class MyList(list):
    pass


class MyDict(dict):
    pass


Pair = collections.namedtuple("Pair", "left right")

so = SlotsOnly()
so.p = "set"
values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**62, 2**64, -2**100,
    0.5, -1e300, float("inf"), "", "a", "héllo ☃", "x" * 300, b"", b"\x00\xff", bytearray(b"ba"),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, "two"], {}, {"k": [1]}, set(), {1, 2, 3},
    frozenset({"f"}), 1 + 2j, range(1, 10, 2), slice(1, None, 3), Ellipsis, NotImplemented,
    len, max, [].append, str.join, int.__add__, dict.fromkeys, Point, Point(1, "y"), Slotted(), so,
    WithNewArgs(7, "seven"), MyList([1, 2]), MyDict(a=1), Pair(1, 2),
    collections.deque([1, 2], maxlen=5), collections.OrderedDict(a=1, b=2),
    collections.defaultdict(list, {1: [2]}), collections.Counter("abca"), functools.partial(max, 1, key=abs),
    datetime.date(2020, 1, 2), datetime.time(3, 4, 5), datetime.datetime(2020, 1, 2, 3, 4, 5, 6),
    datetime.timedelta(days=3, seconds=4), datetime.timezone.utc,
]

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print("--- protocol", proto)
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(type(v).__name__, "->", type(e).__name__, e)
            continue
        back = pickle.loads(data)
        print(type(v).__name__, data)
        print("   ", repr(back), back == v if type(v) not in (Slotted, SlotsOnly, Point) else "")

# Shared and recursive structures keep their shape.
shared = [1]
rec = [shared, shared]
rec.append(rec)
d = {"self": None}
d["self"] = d
for proto in range(6):
    r = pickle.loads(pickle.dumps(rec, proto))
    e = pickle.loads(pickle.dumps(d, proto))
    print(proto, r[0] is r[1], r[2] is r, e["self"] is e, pickle.dumps(rec, proto))

print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.format_version)
for bad in (lambda: 0, (x for x in ())):
    try:
        pickle.dumps(bad)
    except Exception as e:
        print(type(e).__name__)
