# gamma, lgamma, erf and erfc to the last digit over thousands of
# arguments: their formulas amplify a last-bit difference in exp, log, pow,
# sin and cos, so these must be glibc's own. A digest per function, and the
# arguments where a correctly rounded exp/pow/sin once gave other digits.
import hashlib
import math
import random

r = random.Random(5)
xs = []
for i in range(400):
    xs.append(r.uniform(-30, 30))
    xs.append(r.uniform(0, 200))
    xs.append(r.uniform(-6, 6))
xs += [i / 7 for i in range(-200, 200)]
for f in (math.gamma, math.lgamma, math.erf, math.erfc):
    results = []
    for x in xs:
        try:
            results.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            results.append(type(e).__name__)
    digest = hashlib.sha256(" ".join(results).encode()).hexdigest()[:16]
    print(f.__name__, len(results), digest)

for x in (-0.44473213355304253, 143.5856796324819, 18.565972649657738, 9.111584932309725, -4.321224690265289,
          -21.234740284204943, 168.61260838596684, 7.571428571428571, 19.285714285714285):
    print("gamma", x, math.gamma(x))
for x in (-4.043060599788824, -3.6042595184943913):
    print("lgamma", x, math.lgamma(x))
for x in (26.51653151856241, 24.187184300419172, 26.496049158429784, 4.346417346150622):
    print("erfc", x, math.erfc(x))
