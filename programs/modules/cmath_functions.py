# every cmath function over a grid of ordinary arguments (ints, floats, complexes), with phase/polar/rect round trips
import cmath

names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh",
         "sqrt", "tan", "tanh"]
points = [0, 1, -1, 2, 0.5, -0.25, 1j, -1j, 1 + 1j, -2 + 0.5j, 3 - 4j, 0.3 + 0.2j, 10 + 10j, -0.75 - 1.5j, 1e-5j,
          100.0, -7.5 + 0.001j, 1 - 1e-9j, 0.99 + 0.0j, 2.5j]
for name in names:
    f = getattr(cmath, name)
    print(name)
    for z in points:
        try:
            print("  ", repr(z), repr(f(z)))
        except ValueError as e:
            print("  ", repr(z), "ValueError:", e)
for z in points:
    r, phi = cmath.polar(z)
    print(repr(z), cmath.phase(z), r, phi, cmath.rect(r, phi), abs(z))
for z in [1 + 1j, 8, -8, 2j]:
    for base in [2, 10, 1j, 0.5, 3 + 4j]:
        print("log", repr(z), repr(base), cmath.log(z, base))
print(cmath.log(100), cmath.log10(100), cmath.log(100, 10), cmath.exp(cmath.log(5)), cmath.sqrt(-4))
print(cmath.sqrt(cmath.sqrt(-16)), cmath.sin(cmath.pi), cmath.cos(cmath.pi / 3), cmath.exp(1j * cmath.pi))
print(cmath.rect(2, cmath.pi / 4), cmath.rect(1, -cmath.pi), cmath.rect(-3, 0.5), cmath.rect(0, 2), cmath.rect(2, 0))
print(cmath.isclose(1 + 1j, 1 + 1j + 1e-10j), cmath.isclose(1j, 1.001j), cmath.isclose(1j, 1.001j, rel_tol=0.01),
      cmath.isclose(0, 1e-10j), cmath.isclose(0, 1e-10j, abs_tol=1e-9), cmath.isclose(a=2, b=2.0))
print(cmath.isfinite(1 + 2j), cmath.isinf(1 + 2j), cmath.isnan(1 + 2j), cmath.isfinite(5), cmath.isnan(2.5))
