# random.py's integer and sequence algorithms for fixed seeds.
import random

random.seed(1)
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50) for _ in range(10)])
print([random.randrange(100, 0, -7) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(10)])
print([random.randint(-3, 3) for _ in range(10)])
print(random.randint(0, 2**70), random.randrange(10**30))
print(random.choice("abcdef"), random.choice([1, 2, 3]), random.choice(range(1000)))
xs = list(range(20))
random.shuffle(xs)
print(xs)
print(random.sample(range(10), 10))
print(random.sample(range(1000), 7))
print(random.sample(range(10**6), 12))
print(random.sample(["a", "b", "c", "d"], 2), random.sample(("x", "y", "z"), k=3))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices("abc", k=6))
print(random.choices(["x", "y", "z"], [10, 1, 1], k=8))
print(random.choices(["x", "y", "z"], cum_weights=[1, 2, 10], k=8))
print(random.choices([1, 2, 3]))
print(random.uniform(1, 2), random.uniform(10, -10))
g = random.Random("seed string")
print(g.random(), g.randint(1, 6))
g = random.Random(2.5)
print(g.random())
errors = [
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randrange(10, 0),
    lambda: random.randrange("x"),
    lambda: random.randrange(3, step=2),
    lambda: random.randint(5, 1),
    lambda: random.choice([]),
    lambda: random.sample(range(3), 4),
    lambda: random.sample({1, 2}, 1),
    lambda: random.choices("ab", [1, 2, 3]),
    lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
    lambda: random.choices("ab", [0, 0]),
    lambda: random.choices("ab", 3),
    lambda: random.Random(1, 2),
]
for bad in errors:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(random.randrange(3), random.randrange(2, 8))
