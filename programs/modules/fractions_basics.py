# fractions: Fraction arithmetic, comparisons, conversions, limit_denominator, from_float/from_decimal, hashing and formatting
from fractions import Fraction
from decimal import Decimal
import math

a = Fraction(3, 4)
b = Fraction("-5/6")
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, -a, abs(b), a ** 2, a ** -2, 4 ** Fraction(1, 2))
print(Fraction(10, -4), Fraction(0.125), Fraction("1.25e-3"), Fraction(" 7 "), Fraction(Decimal("2.5")), Fraction(3))
print(a == 0.75, a < b, a > 0.5, a == Fraction(6, 8), hash(a) == hash(0.75), hash(Fraction(5)) == hash(5))
print(float(a), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), math.floor(b), math.ceil(b))
print(Fraction(math.pi).limit_denominator(1000), Fraction(math.pi).limit_denominator(100), Fraction(1, 3).limit_denominator(2))
print(Fraction.from_float(0.1), Fraction.from_decimal(Decimal("0.1")), (0.1).as_integer_ratio(), Fraction(7, 3).as_integer_ratio())
print(a.numerator, a.denominator, sum(Fraction(1, n) for n in range(1, 11)))
print(divmod(Fraction(7, 2), Fraction(2, 3)), Fraction(1, 3) + 1, 1 - Fraction(1, 3), Fraction(1, 3) * 1.5, 2 / Fraction(4, 5))
print(f"{Fraction(1, 3)!s:>8}|", sorted([Fraction(1, 2), 0.3, Fraction(1, 4), 1]))
for bad in ("1/0", "abc", "1.2.3"):
    try:
        Fraction(bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print(e)
