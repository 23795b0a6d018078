# Built-in functions, methods, slot wrappers and types carry CPython's docstrings: __text_signature__ and __doc__ cut from them.
import math
import sys

print(repr(len.__text_signature__))
print(repr(len.__doc__))
print(list.append.__doc__)
print(int.__doc__)
print(repr(object.__init__.__text_signature__), object.__init__.__doc__)
print(math.sqrt.__doc__, math.sqrt.__text_signature__)

# The text signatures of the functions inspect reads (None where CPython has none).
for f in (print, max, min, iter, next, getattr, dict.pop, range, int, str, object, type, math.log, sys.getrefcount):
    print(f.__name__, repr(f.__text_signature__))

# Types: __text_signature__ from tp_doc, __doc__ without the signature line.
for t in (object, type, int, str, list, dict, range, property, staticmethod, BaseException, ValueError, bytearray):
    print(t.__name__, repr(t.__text_signature__), repr(t.__doc__[:50]))
print(repr(vars(object)["__doc__"][:40]))

# Slot wrappers and their bound method-wrappers; __new__ of a static type.
print(repr(int.__add__.__text_signature__), int.__add__.__doc__)
print(repr((1).__add__.__text_signature__), (1).__add__.__doc__)
print(repr(list.__iadd__.__doc__), repr(list.__len__.__doc__))
print(repr(int.__new__.__text_signature__), int.__new__.__doc__)
print(repr(object.__subclasshook__.__doc__[:40]))

# Class methods, static methods, attributes.
print(repr(dict.fromkeys.__text_signature__), dict.fromkeys.__doc__)
print(repr(str.maketrans.__text_signature__))
print(repr(int.from_bytes.__text_signature__))
print(int.real.__doc__, repr(type(int.real).__name__))
print(repr(complex.real.__doc__))
print(repr(getattr(property.__dict__["fget"], "__text_signature__", "none")))


# A class's docstring in the signature form gives a text signature too.
class C:
    "C(a, b=1)\n--\n\nA class with a signature."


class D:
    "Just text."


print(repr(C.__text_signature__), repr(C.__doc__))
print(repr(D.__text_signature__), repr(D.__doc__))

# The descriptor kinds that have __text_signature__ (and those that do not).
for o in (len, list.append, dict.fromkeys, int.__add__, (1).__add__, int.real, type.__dict__["__name__"]):
    print(type(o).__name__, hasattr(o, "__text_signature__"))
