# math.exp2, acosh and atanh give glibc's last digits, and tan, asin and acos the correctly rounded double (glibc's wherever its result is the correctly rounded one: test/pymath-glibc.test.ts checks thousands); domain and range errors as CPython's
import math
import random

random.seed(11)
print(math.exp2(0.5), math.exp2(-1074), math.exp2(-1075), math.exp2(1023.5), math.exp2(-1022.25), math.exp2(1e-300))
print(math.acosh(1.0), math.acosh(1.5), math.acosh(2.0), math.acosh(1e300), math.acosh(math.inf))
print(math.atanh(0.0), math.atanh(-0.0), math.atanh(0.5), math.atanh(-0.999999), math.atanh(1e-20))
print(math.asin(1.0), math.asin(-1.0), math.acos(1.0), math.acos(-1.0), math.acos(0.0), math.asin(5e-324))
print(math.tan(1e-10), math.tan(1.5707963267948966), math.tan(1e22), math.acos(1e-20))
for f, x in [(math.exp2, 1024.0), (math.acosh, 0.5), (math.atanh, 1.0), (math.atanh, -1.5), (math.asin, 1.0000000000000002), (math.acos, -2.0), (math.tan, math.inf)]:
    try:
        print(f.__name__, x, f(x))
    except (ValueError, OverflowError) as e:
        print(f.__name__, x, type(e).__name__, e)
print(math.exp2(-math.inf), math.acosh(math.nan), math.asin(math.nan))
for _ in range(150):
    x = random.uniform(-1, 1)
    y = random.uniform(-60, 60)
    z = 1 + random.random() * 2.0 ** random.randint(-40, 12)
    print(math.exp2(y), math.exp2(y * 17), math.acosh(z), math.atanh(x), math.asin(x), math.acos(x))
