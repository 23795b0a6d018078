# How floats print: shortest round-tripping repr, 0.1 + 0.2, the switch to
# exponent notation at 1e16 and 1e-5, inf/nan/-0.0, and round-half-even.
import math

print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), round(0.1 + 0.2, 10) == 0.3)
print(1 / 3, 2 / 3, 10 / 4, 1 / 7 * 7, 3 * 0.1, 0.1 * 3 == 0.3)
print(1e15, 1e16, 123456789012345678.0, 1e22, 1e23, 2.0 ** 60)
print(0.0001, 0.00001, 1e-5, 1.5e-7, 123e-10, 5e-324, 2.2250738585072014e-308)
print(1.0, 100.0, 1e0, 1.5e3, -2.5, 3.14159, 1e308 * 10, -1e308 * 10)
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf - inf, inf * 0, -nan, float("-inf") < -1e308)
print(nan == nan, nan != nan, nan is nan, math.isnan(nan), math.isinf(-inf), inf > 10 ** 400)
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), repr(-0.0), 0.0 * -1, abs(-0.0))
print(round(2.5), round(3.5), round(-0.5), round(0.5), round(1.5), type(round(2.5)).__name__)
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(-1234.5678, -2), round(7, -1), round(15, -1))
print(round(0.125, 2), round(0.375, 2), round(1e16 + 1), round(-2.5), round(2.5000001))
print(int(3.99), int(-3.99), math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5), math.floor(2.0))
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7 % -2.5, divmod(-7.5, 2), 2 ** -1, 10 ** -2)
print(float("1.5"), float("  -2e3 "), float("inf"), float("-Infinity"), float(7), float("1_000.5"))
print(1e16 + 1 == 1e16, 2 ** 53 + 1.0 == 2 ** 53, 9007199254740993, float(9007199254740993))
print(0.1.as_integer_ratio(), (0.5).is_integer(), 2.0.is_integer(), (1.25).as_integer_ratio())
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(f"{0.1:.20f} {1e16:.0f} {1e-5:f} {inf:f} {nan:5} {-0.0:+.1f} {2.5:.0f} {3.5:.0f}")
print(str(1.0), repr(1e-4), str(12345678901234567.0), 1.7976931348623157e308, 4.9e-324 / 2)
print(max(1, 1.0, key=lambda x: 0), min(0.0, -0.0), sorted([3, 1.5, -inf, 2, inf]))
print(math.sqrt(2), math.pi, math.e, math.tau, math.log(1), math.exp(0), math.log10(1000), math.log2(1024))
print(math.hypot(3, 4), math.gcd(48, 180), math.factorial(20), math.inf == inf, math.isnan(math.nan))
print(math.sin(0), math.cos(math.pi), round(math.sin(math.pi / 6), 12), math.degrees(math.pi), math.radians(180))
try:
    math.sqrt(-1)
except ValueError as error:
    print("ValueError:", error)
try:
    print(1.0 / 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)
try:
    print(2.0 ** 10000)
except OverflowError as error:
    print("OverflowError:", error)
try:
    float("one point five")
except ValueError as error:
    print("ValueError:", error)
