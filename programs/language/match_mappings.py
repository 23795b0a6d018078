# Mapping patterns: dicts and their subclasses match, other objects do not;
# keys are looked up with get(key, default) (so __missing__ never runs),
# extra keys are allowed, `**rest` collects them in a new dict, and a key
# given twice through different dotted names is a ValueError at run time.


def handle(event):
    match event:
        case {}:
            pass
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **others} if not others:
            return f"key {k!r} alone"
        case {"type": "key", "key": k, **others}:
            return f"key {k!r} with {others}"
        case {"type": t}:
            return f"unknown event type {t!r}"
        case {}:
            return "a mapping without a type"
        case _:
            return "not a mapping"


events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "button": 1},
    {"type": "key", "key": "q"},
    {"type": "key", "key": "w", "shift": True, "repeat": 2},
    {"type": "scroll"},
    {"other": 1},
    {},
    [("type", "click")],
    "type",
]
for e in events:
    print(e, "->", handle(e))

# Literal keys of every kind; a missing key is no match.
match {1: "int", 2.5: "float", "s": "str", b"b": "bytes", None: "none", False: "false", -3: "minus"}:
    case {1: a, 2.5: b, "s": c, b"b": d, None: e, False: f, -3: g}:
        print(a, b, c, d, e, f, g)
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 2}:
        print("no")
    case {"a": 1}:
        print("a is 1")


# get() is what is called: a dict subclass with __missing__ is not asked,
# and one with its own get() is.
class Default(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0


class Logged(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


match Default(a=1):
    case {"a": 1, "b": _}:
        print("no")
    case {"a": a}:
        print("Default matched a =", a)

match Logged(x=1, y=2, z=3):
    case {"x": 1, "q": _, "y": 2}:
        print("no")
    case {"x": x, "y": y, **rest}:
        print("Logged: x", x, "y", y, "rest", rest, type(rest).__name__)

# **rest is a new plain dict, without the matched keys.
d = {"k": 1, "a": 2, "b": 3}
match d:
    case {"k": _, **rest}:
        print("rest", rest, "is d:", rest is d, "d unchanged:", d)
match {}:
    case {**rest}:
        print("empty rest", rest)


# Dotted names as keys are evaluated each time; equal values twice is a
# ValueError from MATCH_KEYS.
class K:
    A = "a"
    B = "a"


try:
    match {"a": 1, "b": 2}:
        case {K.A: 1, K.B: 1}:
            print("no")
except ValueError as exc:
    print("ValueError:", exc)

match {"a": 5}:
    case {K.A: v}:
        print("dotted key found", v)

# Nested mappings and sequences.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False}
match config:
    case {"server": {"host": str(host), "ports": [first, *others]}, "debug": False}:
        print("host", host, "first port", first, "others", others)

# A get() that raises propagates out of the match.
class Broken(dict):
    def get(self, key, default=None):
        raise KeyError(key)


try:
    match Broken(a=1):
        case {"a": 1}:
            print("no")
except KeyError as exc:
    print("KeyError from get():", exc)
