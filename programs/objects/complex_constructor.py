# complex(): strings with spaces and parentheses, numbers, complex parts, __complex__/__float__/__index__, and CPython's errors
strings = [
    "1+2j", " ( 1+2j ) ", "(1+2j)", "1e3j", "j", "-j", "+j", "J", "1+j", "1-J", "nanj", "infj", "-infj",
    "1+nanj", "-Infinity", "infinityj", "NaN", "1_0+2_0j", "1_000.5e1_0j", "  3.5  ", "\t4j\n", ".5j", "5.j",
    "1e500", "-1e500j", "1e-500+1e-500j", "0x1j", "1 + 2j", "(1+2j", "1+2j)", "()", "", "  ", "1j+2", "--1j",
    "+-1j", "1+-1j", "1e+j", "1ej", "jj", "1jj", "1.2.3", "1__0j", "_1j", "1_j", "1_", "1\u3000", "\u0661+\u0662j",
    "\u00a01j\u2003", "1\u00e9j", "(\u00a01j)", "1\x00j", "inf+nanj", "-nan-nanj", "(-0-0j)", "-0j", "0-0j",
]
for s in strings:
    try:
        print(repr(s), "->", repr(complex(s)))
    except (ValueError, TypeError) as e:
        print(repr(s), "->", type(e).__name__, e)


class WithComplex:
    def __complex__(self):
        return 2 - 3j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 5


class BadFloat:
    def __float__(self):
        return "x"


class Sub(complex):
    pass


calls = [
    lambda: complex(),
    lambda: complex(3),
    lambda: complex(2.5),
    lambda: complex(True),
    lambda: complex(10**20),
    lambda: complex(1, 2),
    lambda: complex(1.5, -0.0),
    lambda: complex(-0.0, 0),
    lambda: complex(1j, 1j),
    lambda: complex(1 + 2j, 3 + 4j),
    lambda: complex(1, 2j),
    lambda: complex(1j, 2),
    lambda: complex(real=1, imag=2),
    lambda: complex(imag=2),
    lambda: complex(imag=-0.0),
    lambda: complex(real=1j),
    lambda: complex(WithComplex()),
    lambda: complex(WithComplex(), 1),
    lambda: complex(WithFloat()),
    lambda: complex(WithFloat(), WithFloat()),
    lambda: complex(WithIndex()),
    lambda: complex(1, WithIndex()),
    lambda: complex(Sub(1, 2)),
    lambda: type(complex(Sub(1, 2))),
    lambda: complex(10**400),
    lambda: complex(1, 10**400),
    lambda: complex("1", 2),
    lambda: complex(1, "2"),
    lambda: complex([]),
    lambda: complex(None),
    lambda: complex(b"1"),
    lambda: complex(1, []),
    lambda: complex(imag=[]),
    lambda: complex(1, None),
    lambda: complex(BadComplex()),
    lambda: complex(BadFloat()),
    lambda: complex(1, 2, 3),
    lambda: complex(x=1),
    lambda: complex(1, real=2),
    lambda: complex.__new__(int),
    lambda: complex.__new__(complex, 5),
]
for f in calls:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
z = 1 + 2j
print(complex(z) is z, complex(z, 0) is z, Sub(z) is z, type(Sub(z)), Sub("3+4j"), Sub(imag=1) == 1j)
