# complex literals and repr/str: signs, signed zeros, nan/inf, float repr digits without ".0"
import sys

print(1j, 2.5J, 1e3j, 01j, .5j, 1_0j, 1.j, 0j)
print(1 + 2j, 1 - 2j, -1j, -(1j), +1j, -0j, -(0j))
print(complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), complex(0.0, 0.0))
print(repr(1e16j), repr(1e15j), repr(1e16 + 1j), repr(1.5e-5j), repr(0.0001j), repr(123456789012345678j))
print(repr(complex(1e300 * 10, 1)), repr(complex(1, 1e300 * 10)), repr(complex(-1e300 * 10, -1e300 * 10)))
nan = float("nan")
inf = float("inf")
print(complex(nan, inf), complex(-inf, nan), complex(0, nan), complex(-0.0, -nan), complex(nan, -nan))
print(str(3 + 4j), repr(3.25 - 4.5j), f"{2j}", f"{2j!r}", "%s %r" % (1 + 1j, -1j))
print(1e400j, -1e400j, 1e-400j, 0.1j + 0.2j, 1 / 3 * 1j)
z = 3.5 - 2j
print(z.real, z.imag, type(z.real), z.conjugate(), z.__getnewargs__(), (5).conjugate(), 2.5.conjugate())
print((1 + 0j).real, (5j).imag, True.imag, (7).real, (7).imag, 1.5.imag)
print(bool(0j), bool(-0j), bool(1e-300j), bool(complex(0, nan)), bool(1 + 0j))
print(sys.getsizeof(1j), sys.getsizeof(complex(1, 2)), type(1j), type(1j).__name__)
print(isinstance(1j, complex), isinstance(1, complex), issubclass(complex, object), complex.__mro__)
print(complex.real, complex.imag, complex.conjugate, complex.__doc__.splitlines()[0])
try:
    z.real = 1.0
except AttributeError as e:
    print("AttributeError:", e)
try:
    z.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hash(1j), hash(1 + 2j), hash(complex(1.5, -2.25)), hash(3 + 0j) == hash(3), hash(2.5 + 0j) == hash(2.5))
print(hash(complex(inf, -inf)), hash(complex(-0.0, 0.0)), hash(complex(0.1, 0.2)), hash(1e300j))
print({1j: "a", 1 + 0j: "b", 1: "c", 1.0: "d"}, {0j, 0, 0.0, False})
