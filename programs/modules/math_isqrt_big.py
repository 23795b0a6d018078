# math.isqrt on ints past a double's range (10**400 …) and at the edges of
# the double-precision path, checked against the definition.
import math, random
random.seed(5)
ok = True
for i in range(3000):
    n = random.getrandbits(random.randrange(1, 2000))
    r = math.isqrt(n)
    ok = ok and r*r <= n < (r+1)*(r+1)
print(ok, [math.isqrt(k) for k in (0, 1, 2, 3, 4, 15, 16, 2**52-1, 2**52, 2**53+1, 10**30)])
print(math.isqrt(10**400) == 10**200, math.isqrt(10**401) // 10**190)
