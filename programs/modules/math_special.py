# math.gamma, lgamma, erf, erfc and cbrt give CPython's doubles to the last
# bit (CPython's own Lanczos gamma; glibc's erf, erfc and cbrt, which are
# not correctly rounded: cbrt(27.0) is 3.0000000000000004), and CPython's
# errors at poles, overflows and infinities.
import math

points = [0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.2, 5.9, 6.0, 10.5, 27.0, 100.25, 150.5,
          -0.7, -2.5, -3.3, -150.5, -201.5, 1e-30, 0.84375, 1.25, 2.857, 28.5]
for name in ["gamma", "lgamma", "erf", "erfc"]:
    f = getattr(math, name)
    print(name)
    for x in points:
        try:
            print(f"  {x!r:>8} {f(x)!r}")
        except (ValueError, OverflowError) as error:
            print(f"  {x!r:>8} {type(error).__name__}: {error}")

print("cbrt", [math.cbrt(x) for x in [27.0, 8.0, 2.0, -64.0, 1e-300, 3.5, 0.001, -0.0]])
print("factorials:", [math.gamma(n) for n in range(1, 8)], math.gamma(23.0), math.gamma(24.0))
print("lgamma(171.5) vs log(gamma):", math.lgamma(171.5), math.log(math.gamma(171.5)))
print("erf + erfc:", [math.erf(x) + math.erfc(x) for x in (0.2, 1.0, 3.0)])

special = [0.0, -0.0, -1.0, -2.0, 171.7, 1e308, 5e-324, -5e-324, float("inf"), float("-inf"), float("nan")]
for name in ["gamma", "lgamma", "erf", "erfc", "cbrt"]:
    f = getattr(math, name)
    row = []
    for x in special:
        try:
            row.append(repr(f(x)))
        except (ValueError, OverflowError) as error:
            row.append(f"{type(error).__name__}({error})")
    print(name, ", ".join(row))
try:
    math.gamma("2")
except TypeError as error:
    print("TypeError:", error)
