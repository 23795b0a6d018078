# Every operator: arithmetic (floor division and modulo with negatives,
# **), bitwise, comparison chains, and/or returning operands, not, in, is,
# conditional expressions and augmented assignment on names/attributes/items.

a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a)
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2)]:
    print(f"{x:>5} // {y:>2} = {x // y:>5}   {x:>5} % {y:>2} = {x % y:>5}   divmod {divmod(x, y)}")
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2, 2 ** 3 ** 2, 10 ** 0, 0 ** 0, pow(4, 0.5))
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~0b1100, 1 << 10, 1024 >> 3, -16 >> 2, -1 & 0xFF)
print(bin(0b1100 & 0b1010), bin(~5), bin(-5 & 0b111), 5 & -5, 12 | -1)
flags = 0
READ, WRITE, EXEC = 1, 2, 4
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~EXEC
flags ^= WRITE
print(flags, flags == READ | WRITE)

x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6, x == 5 != 6, 3 > 2 > 1 > 0, 1 < 3 < 2)
print(1 == 1.0, "a" < "b" < "ba", [1, 2] < [1, 3], (1, 2, 3) > (1, 2), "Z" < "a")
print(0 or "default", "" or [] or None, "first" or "second", 0 and 1, 5 and 6, None and crash)
print(not 0, not "x", not [], [] or [0], ([] or {}) == {}, (1 and 0) or "z")
value = None
name = value or "anonymous"
length = value and len(value)
print(name, length)
print("yes" if x > 3 else "no", "even" if x % 2 == 0 else "odd", (x if x < 3 else -x if x < 10 else 0))
print(3 in [1, 2, 3], "ell" in "hello", "k" not in {"k": 1}, 4 not in range(4), (1, 2) in [(1, 2)])
items = [1, 2]
same = items
copy = list(items)
print(same is items, copy is items, copy == items, copy is not items, None is None)
print(True + True, True * 10, False - 1, 3 * "ab", [0] * 3, (1,) * 2, "-" * 0)


class Counter:
    def __init__(self):
        self.value = 0
        self.items = [10, 20]


c = Counter()
c.value += 5
c.value *= 3
c.value -= 1
c.value //= 2
c.value **= 2
c.value %= 50
c.items[0] += 1
c.items[-1] <<= 2
c.items += [30]
print(c.value, c.items)
scores = {"ann": 1}
scores["ann"] += 10
scores["bob"] = scores.get("bob", 0) + 1
scores["ann"] /= 4
print(scores)
s = "ab"
s += "cd"
s *= 2
t = (1,)
t += (2, 3)
n = 7
n >>= 1
n |= 8
n ^= 3
n &= 14
print(s, t, n)
print(-7 // 2 * 2 + -7 % 2, 2 * 3 + 4 ** 2 / 8 - 1, (2 + 3) * (4 - 1) % 7, 10 - 3 - 2, 2 ** -2 ** -1)
