# type.__flags__ (CPython's tp_flags bits, the attribute cache's version-tag bit included), __basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__ of built-in types and of classes of several shapes (slots, dict, weakref, subclasses of int/tuple/list/dict/str/bytes/float/Exception, a metaclass, an abstract class).
class A: pass
class S:
    __slots__ = ('a', 'b')
class SW:
    __slots__ = ('a', '__weakref__')
class SD:
    __slots__ = ('a', '__dict__')
class I(int): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class St(str): pass
class E(Exception): pass
class IS(int):
    __slots__ = ()
class TS(tuple):
    __slots__ = ()
class B(bytes): pass
class F(float): pass
class M(type): pass
import abc
class Ab(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
class O(object):
    def __init__(self): pass
types_ = [object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, memoryview, property, staticmethod, classmethod, super, BaseException, Exception, ValueError, OSError, StopIteration, SyntaxError, KeyError, ExceptionGroup, BaseExceptionGroup, type(None), type(len), type(list.append), type(lambda: 0), type(iter([])), enumerate, zip, map, filter, reversed, A, S, SW, SD, I, T, L, D, St, E, IS, TS, B, F, M, Ab, O]
for t in types_:
    try:
        print(t.__name__, t.__flags__, t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
    except AttributeError as e:
        print(t.__name__, 'AttributeError', e)

# The version-tag bit as lookups and changes set and clear it.
class A:
    def f(self): pass
a = A()
print(A.__flags__)
a.f()
print(A.__flags__)
A.x = 1
print(A.__flags__)
a.x
print(A.__flags__)
class B(A): pass
print(A.__flags__, B.__flags__)
B().f
print(A.__flags__, B.__flags__)
A.y = 2
print(A.__flags__, B.__flags__)
print(complex.__flags__)
complex(1).real
print(complex.__flags__)
complex.conjugate
print(complex.__flags__)
