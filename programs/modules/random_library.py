# random is CPython's Lib/random.py over the native _random: str/bytes seeds go through the native _sha512, version-1 seeds, randbytes, the distributions, subclassing, and the errors and tracebacks of random.py's own lines.
import random
import sys
import _sha512

print(random.__file__.endswith("/random.py"), random.Random.__mro__[1].__module__)
h = _sha512.sha512(b"abc")
print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32])
h2 = h.copy()
h2.update(b"def")
print(h.hexdigest() == _sha512.sha512(b"abc").hexdigest(), h2.digest() == _sha512.sha512(b"abcdef").digest())
print(_sha512.sha384(b"x").hexdigest()[:16], _sha512.sha512(string=b"x").hexdigest()[:16])
print(sys.getsizeof(h))
for bad in ("text", 3):
    try:
        _sha512.sha512(bad)
    except TypeError as e:
        print("TypeError:", e)

for seed in ("hello", b"hello", bytearray(b"hello"), 3.5, -12, 2**100):
    random.seed(seed)
    print(repr(seed)[:12], random.random(), random.randrange(1000), random.getrandbits(70))
random.seed("hello", version=1)
print("v1", random.random())
random.seed(b"hello", version=1)
print("v1 bytes", random.random())
random.seed(7)
print(random.randbytes(9).hex(), random.choices("abc", k=5), random.sample(range(100), 4))
print(round(random.gauss(), 12), round(random.normalvariate(2, 3), 12), round(random.expovariate(1.5), 12))
print(round(random.betavariate(2, 3), 12), round(random.gammavariate(0.5, 1), 12), round(random.vonmisesvariate(1, 2), 12))
print(round(random.triangular(0, 10, 3), 12), round(random.paretovariate(2), 12), round(random.weibullvariate(1, 2), 12))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])


class Mine(random.Random):
    def random(self):
        return 0.5


m = Mine(1)
print(m.choice("abcdef"), m.uniform(2, 4))

for call in (lambda: random.seed([1, 2]), lambda: random.sample({1, 2}, 1), lambda: random.choice([]),
             lambda: random.randrange(5, 1), lambda: random.setstate((9, (), None))):
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
print(type(random.SystemRandom().random()).__name__)
random.sample([1, 2], 5)
