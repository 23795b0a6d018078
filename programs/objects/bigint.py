# Arbitrary-precision integers: factorials, powers of two, digit sums,
# floor division and modulo with negatives, pow with a modulus, bases.


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


f100 = factorial(100)
print(f100)
print("digits:", len(str(f100)), "digit sum:", sum(int(d) for d in str(f100)))
trailing = len(str(f100)) - len(str(f100).rstrip("0"))
print("trailing zeros:", trailing)
print(2 ** 200)
print(2 ** 64 - 1, -(2 ** 63), 10 ** 30 + 1)
print((2 ** 200).bit_length(), (2 ** 200 - 1).bit_length(), (255).bit_length())
big = 3 ** 150
print(big // 7 ** 40, big % 7 ** 40)
print(divmod(-(10 ** 25), 7), divmod(10 ** 25, -7))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (-(10 ** 20) - 1, 10 ** 10)]:
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, check {(a // b) * b + a % b == a}")
print(pow(2, 10 ** 6, 10 ** 9 + 7), pow(3, 200, 1000), pow(-2, 3), pow(2, -2))
print(int("ff", 16), int("-0b1011", 2), int("777", 8), int("zz", 36), int(" 42 "), int("1_000_000"))
print(int("123456789" * 4) * 2)
print(hex(2 ** 70)[2:], bin(37), oct(64), f"{2 ** 70:x}")
print(1 << 100, (1 << 100) >> 98, -1 >> 5, ~(2 ** 65), (2 ** 80) & (2 ** 80 + 5), (2 ** 80) | 1, 6 ^ 3)
print(abs(-(10 ** 40)), -(-(10 ** 40)), 10 ** 40 == 10 ** 40, 10 ** 40 < 10 ** 40 + 1)
print(int(1e20), int(-2.9), int(2.9), float(2 ** 70), 2 ** 70 / 2 ** 68, 10 ** 20 / 3)
print(max(10 ** 30, 2 ** 99), min(-(10 ** 30), -(2 ** 99)), sum(range(10 ** 6)))


def digits_of(n, base=10):
    if n == 0:
        return [0]
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(r)
    return out[::-1]


print(digits_of(2 ** 100, 1000), digits_of(255, 2), digits_of(0))
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print("fib(500) has", len(str(a)), "digits, ends in", a % 10 ** 10)
print(factorial(30) // factorial(28), factorial(52) // (factorial(5) * factorial(47)))
print(str(-factorial(25)), repr(10 ** 25), bool(0), bool(-(10 ** 50)))
