# MT19937 core: seeds of every kind, random(), getrandbits, state round trips.
import random

for seed in [0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 12345, 10**40, 3.5, -2.5, 0.0, 1e300, 2.0, True, "hello", ""]:
    random.seed(seed)
    print(repr(seed)[:30], random.random(), random.getrandbits(1), random.getrandbits(31),
          random.getrandbits(32), random.getrandbits(33), random.getrandbits(100), random.getrandbits(0))

r = random.Random(12345)
print([r.random() for _ in range(3)])
print(r.getrandbits(256))
state = r.getstate()
print(type(state), len(state), state[0], len(state[1]), state[1][-1], state[2])
a = [r.randint(0, 1000) for _ in range(5)]
r.setstate(state)
b = [r.randint(0, 1000) for _ in range(5)]
print(a, a == b)
r2 = random.Random()
r2.setstate(state)
print([r2.randint(0, 1000) for _ in range(5)])
print(isinstance(r, random.Random), type(r).__name__, type(r).__module__)
# exhaust more than one block of 624 words
r.seed(99)
print(sum(r.getrandbits(32) for _ in range(2000)))
print(r.random())
r.seed(7)
print(r.gauss(), r.gauss(), r.normalvariate(10, 2))
print(r.triangular(0, 10, 3), r.expovariate(1.5), r.betavariate(2, 3), r.gammavariate(0.5, 1))
print(r.lognormvariate(0, 1), r.vonmisesvariate(1, 2), r.paretovariate(3), r.weibullvariate(1, 2))
for bad in [lambda: random.getrandbits(-1), lambda: r.setstate((3, (1, 2), None)),
            lambda: r.setstate((9, (), None)), lambda: random.seed([1, 2])]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
