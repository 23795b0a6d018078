# The match statement: every kind of pattern, guards, captures, or-patterns.
import collections


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def literals(x):
    match x:
        case 1 | 2:
            return "small"
        case -1:
            return "minus one"
        case 2.5 | "s" | b"b":
            return "other"
        case None:
            return "none"
        case True:
            return "true"
        case _:
            return "default"


def sequences(x):
    match x:
        case []:
            return 0
        case [a]:
            return a
        case [a, *rest] if a > 0:
            return rest
        case [*_]:
            return "any"
        case (a, *_, b):
            return a, b
        case [*_, b, c]:
            return b, c
        case [1, (2 | 3), *rest] | (rest, 7):
            return rest
        case [_, _, *xs, _]:
            return xs
    return None


def mappings(x):
    match x:
        case {}:
            return "empty"
        case {"k": v, **kw}:
            return v, kw
        case {**rest}:
            return rest
        case {1: a, collections.abc: b, "z": [c, d]} if c:
            return a, b, c, d
        case {"a": 1, "b": 2}:
            return 3


def classes(p):
    match p:
        case Point(x=0, y=yy) as q:
            return q, yy
        case Point(a, b):
            return a + b
        case int(q) | str(q):
            return q
        case bool():
            return True
        case collections.OrderedDict(a=_, b=c):
            return c


def captures(x, y):
    match x, y:
        case (a, b) | (b, a):
            return a - b
        case [[a, b], c] | [c, [b, a]]:
            return a, b, c
        case ((1 as one) | (2 as one)) as two:
            return one, two


match collections:
    case _ if len(collections.__name__) > 3:
        name = "long"
    case _:
        name = "short"


def nested_defaults(x):
    match x:
        case 1:
            pass
        case 2:
            pass
    match x:
        case y:
            return y
