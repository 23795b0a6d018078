# math.log with a base, log2/log10 of huge ints, hypot, dist and float ** give glibc's (and CPython's) last digits
import math
import random

random.seed(7)
print(math.log(7, 3), math.log(100, 10), math.log(8, 2), math.log(2.5, 1.5))
print(math.log(10**400), math.log2(10**400), math.log10(10**400), math.log(2**1100 + 1, 3))
print(math.hypot(3, 4), math.hypot(1.1, 2.2, 3.3), math.hypot(1e-320, 3e-320), math.hypot(1e308, 1e308 / 3))
print(math.dist((1.5, 2.25), (-3.1, 7.7)), math.dist((1, 2, 3), (4, 5, 6)))
print(2.0 ** 0.5, 10.0 ** -0.3, 1.0000001 ** 1e7, (-2.5) ** 3.0, 3.7 ** 41.0)
print(math.pow(7.1, 2.9), math.atan(0.3), math.atan2(-0.4, 0.9500000000000001), math.log1p(1e-5))
for _ in range(200):
    x = random.random() * 2.0 ** random.randint(-40, 40)
    y = random.uniform(-5, 5)
    b = random.uniform(1.1, 20)
    print(math.log(x, b), math.log2(x), math.log10(x), x ** y, math.hypot(x, y), math.atan2(y, x))
for _ in range(100):
    x = random.uniform(-30, 30)
    print(math.exp(x), math.expm1(x / 7), math.sin(x * 9), math.cos(x * 9), math.sinh(x), math.cosh(x), math.tanh(x / 9), math.asinh(x), math.log1p(abs(x)))
