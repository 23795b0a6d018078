# A seeded Mersenne Twister gives the same "random" results every run:
# random.seed(42), then randint, random, choice, shuffle, sample, uniform.
import random

random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print([round(random.random(), 6) for _ in range(3)])
print(random.random())
colours = ["red", "green", "blue", "yellow", "purple"]
print([random.choice(colours) for _ in range(5)])
deck = list(range(1, 11))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.randrange(0, 100, 5), round(random.uniform(-1, 1), 8))

random.seed(42)
first = [random.randint(1, 100) for _ in range(5)]
random.seed(42)
second = [random.randint(1, 100) for _ in range(5)]
print(first, first == second)

random.seed(2024)
rolls = {}
for _ in range(6000):
    total = random.randint(1, 6) + random.randint(1, 6)
    rolls[total] = rolls.get(total, 0) + 1
for total in sorted(rolls):
    print(f"{total:>2} {rolls[total]:>5} {'#' * (rolls[total] // 40)}")

random.seed(7)
inside = 0
trials = 20000
for _ in range(trials):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print("pi is about", 4 * inside / trials)


def random_walk(steps, seed):
    rng_state = random.getstate()
    random.seed(seed)
    position, furthest = 0, 0
    for _ in range(steps):
        position += random.choice((-1, 1))
        furthest = max(furthest, abs(position))
    random.setstate(rng_state)
    return position, furthest


print(random_walk(1000, 1), random_walk(1000, 1), random_walk(1000, 2))
random.seed(123456789)
print(random.randint(0, 10 ** 12), random.getrandbits(64))
random.seed(3.5)
print(random.random())
