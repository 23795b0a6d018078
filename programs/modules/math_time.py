# The math module's functions and constants, and time used only in ways
# whose output is the same every run (elapsed times are checked, not shown).
import math
import time

print(math.pi, math.e, math.inf, -math.inf, math.tau / 2 == math.pi)
print(math.sqrt(16), math.sqrt(2) ** 2, math.isqrt(17), math.floor(-2.5), math.ceil(2.1), math.trunc(-7.9))
print(math.pow(2, 10), math.fabs(-3), math.factorial(10), math.gcd(84, 36), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.log(1), math.log(8, 2), math.log10(0.001), math.log2(0.5), math.exp(0))
print(math.hypot(5, 12), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1, rel_tol=0.2), math.isfinite(1e308), math.isinf(1e309))
print(math.copysign(3, -0.0), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3)
print(round(math.sin(math.pi / 2), 12), round(math.cos(0), 12), round(math.tan(math.pi / 4), 12))
print(round(math.degrees(math.atan2(1, 1)), 9), math.radians(90) == math.pi / 2, round(math.asin(1), 12))


def circle(radius):
    return {"area": math.pi * radius ** 2, "circumference": 2 * math.pi * radius}


for r in (1, 2.5, 10):
    c = circle(r)
    print(f"r={r:<5} area={c['area']:>10.4f} circumference={c['circumference']:>8.3f}")


def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    if disc < 0:
        return ()
    root = math.sqrt(disc)
    return tuple(sorted({(-b - root) / (2 * a), (-b + root) / (2 * a)}))


print(quadratic(1, -3, 2), quadratic(1, 2, 1), quadratic(1, 0, 1), quadratic(2, 4, -6))

start = time.perf_counter()
total = sum(i * i for i in range(100000))
elapsed = time.perf_counter() - start
print("sum of squares:", total, "| elapsed is a non-negative float:", elapsed >= 0, type(elapsed).__name__)
now = time.time()
print("time.time() is after 2020:", now > 1577836800, "| monotonic never goes back:", time.monotonic() <= time.monotonic())
t0 = time.monotonic()
time.sleep(0.01)
print("slept at least 10 ms:", time.monotonic() - t0 >= 0.009)
print("perf_counter_ns is an int:", isinstance(time.perf_counter_ns(), int))
