# Which check reports a runaway recursion decides the message's suffix:
# a Python frame adds nothing, PyObject_Repr adds "while getting the repr
# of an object", a call of a one-argument builtin (repr, a bound
# __format__) adds "while calling a Python object". The levels these take
# fix which one meets the limit, as in CPython 3.11; four limits in a row
# show every phase of the cycles. (Limits near 300 keep the native
# recursion shallow enough for any host stack.)
import sys

depth = 0


class ViaRepr:  # frame, repr(), PyObject_Repr(list), PyObject_Repr(self)
    def __repr__(self):
        global depth
        depth += 1
        return "ViaRepr" + repr([self])


class ViaPercent:  # frame, PyObject_Repr(self)
    def __repr__(self):
        global depth
        depth += 1
        return "ViaPercent%r" % self


class ViaBuiltin:  # frame, repr(), PyObject_Repr(self)
    def __repr__(self):
        global depth
        depth += 1
        return "ViaBuiltin" + repr(self)


class ViaFormat:  # frame, bound object.__format__, PyObject_Str -> repr
    def __init__(self):
        self.me = self

    def __repr__(self):
        global depth
        depth += 1
        return f"ViaFormat({self.me})"


class ViaConversion:  # frame, PyObject_Repr(self) through !r
    def __repr__(self):
        global depth
        depth += 1
        return f"ViaConversion{self!r}"


def plain():
    global depth
    depth += 1
    return plain()


for limit in (300, 301, 302, 303):
    sys.setrecursionlimit(limit)
    print("limit", limit)
    for make in (ViaRepr, ViaPercent, ViaBuiltin, ViaFormat, ViaConversion):
        depth = 0
        try:
            repr(make())
        except RecursionError as error:
            print(f"  {make.__name__:13} {depth:4} RecursionError: {error}")
    depth = 0
    try:
        plain()
    except RecursionError as error:
        print(f"  {'plain':13} {depth:4} RecursionError: {error}")
