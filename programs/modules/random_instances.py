# Independent generators, shared module state, subclassing Random.
import random

a = random.Random(5)
b = random.Random(5)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
random.seed(5)
print(random.random() == random.Random(5).random())
a.seed(8)
print(a.randint(1, 100), b.randint(1, 100))


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(11)
print([d.roll() for _ in range(12)], isinstance(d, random.Random))
s = d.getstate()
x = [d.roll() for _ in range(5)]
d.setstate(s)
print(x == [d.roll() for _ in range(5)])
d.gauss_next = 0.5
print(d.gauss(), d.gauss_next)


class Fixed(random.Random):
    def random(self):
        return 0.25


print(Fixed(1).uniform(0, 8), Fixed(1).choices("abcd", k=3))
print(random.Random(0).sample(range(100), 3), random.Random(0).choice("xyz"))
print(sorted(random.__all__)[:5], callable(random.randint), type(random.random).__name__)
