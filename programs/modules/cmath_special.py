# cmath on infinities, NaNs, signed zeros, huge and tiny arguments: C99 Annex G values and CPython's errors
import cmath

inf = float("inf")
nan = float("nan")
parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh",
         "sqrt", "tan", "tanh"]
for name in names:
    f = getattr(cmath, name)
    row = []
    for x in parts:
        for y in parts:
            try:
                row.append(repr(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
    print(name, " ".join(row))
row = []
for x in parts:
    for y in parts:
        try:
            row.append(repr(cmath.rect(x, y)))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__)
print("rect", " ".join(row))
for z in [1e308 + 1e308j, -1e308 + 1e-308j, 5e-324 + 5e-324j, 1e-310j, complex(1e300, 5e-324), 1.7e308 + 1.7e308j]:
    out = []
    for name in names + ["phase", "polar"]:
        try:
            out.append(repr(getattr(cmath, name)(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(repr(z), " ".join(out))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, type(cmath.infj))
print(cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isfinite(complex(1, nan)), cmath.isinf(complex(nan, inf)))
print(cmath.isclose(complex(inf, 1), complex(inf, 1)), cmath.isclose(inf, -inf), cmath.isclose(nan, nan),
      cmath.isclose(complex(inf, 0), 1e308))
errors = [
    lambda: cmath.log(0), lambda: cmath.log(0, 2), lambda: cmath.log(1, 0), lambda: cmath.log(2, 1),
    lambda: cmath.log10(0), lambda: cmath.atanh(1), lambda: cmath.atanh(-1), lambda: cmath.exp(1000),
    lambda: cmath.exp(complex(1, inf)), lambda: cmath.cosh(1000), lambda: cmath.sinh(complex(0, inf)),
    lambda: cmath.tan(complex(inf, 0)), lambda: cmath.rect(1, inf), lambda: cmath.rect(inf, 1e-300),
    lambda: cmath.polar(1.7e308 + 1.7e308j), lambda: cmath.phase(complex(1e300, 5e-324)), lambda: cmath.sqrt("4"),
    lambda: cmath.sqrt(None), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(), lambda: cmath.log(1, 2, 3),
    lambda: cmath.rect(1), lambda: cmath.rect(1, "a"), lambda: cmath.rect(1j, 1), lambda: cmath.isclose(1, 2, 3),
    lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.isclose(1, 2, abs_tol="x"),
    lambda: cmath.exp(x=1), lambda: cmath.phase(10**400), lambda: cmath.sqrt(10**400),
]
for f in errors:
    try:
        print(repr(f()))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class HasComplex:
    def __complex__(self):
        return 1 + 1j


class HasFloat:
    def __float__(self):
        return 4.0


class HasIndex:
    def __index__(self):
        return 9


print(cmath.sqrt(HasComplex()), cmath.sqrt(HasFloat()), cmath.sqrt(HasIndex()), cmath.log(HasIndex(), HasComplex()))
print(cmath.exp(True), cmath.acos(2), cmath.asin(-2), cmath.acosh(0.5), cmath.sqrt(-0.0), cmath.sqrt(complex(-0.0, -0.0)))
