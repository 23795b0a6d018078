# Floor division, modulo and divmod of floats where C's `if (mod)` is true
# for NaN (JavaScript's is not), signed zeros, math.log with base 1 and
# math.remainder's sign, and `in` on something that cannot be iterated.
import math

inf = float("inf")
nan = float("nan")
print(inf // 3, inf % 3, divmod(-inf, 3), nan % 2, nan // 2, divmod(nan, 2))
print(3 % inf, -3 % inf, 3 // inf, -3 // inf, divmod(3, -inf))
print((-0.0) % 2, 0.0 % -2, (-6.0) % 3, 6.0 // -0.5, divmod(-0.0, 5))
try:
    print(math.log(2, 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(math.log(8, 2), math.remainder(-0.0, 2), math.remainder(-1.0, 2), math.remainder(0.0, -2))
for container in (5, 2.5, None):
    try:
        print(1 in container)
    except TypeError as e:
        print("TypeError:", e)


class NoIter:
    pass


try:
    print(NoIter() in NoIter())
except TypeError as e:
    print("TypeError:", e)
