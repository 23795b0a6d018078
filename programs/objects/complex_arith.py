# complex arithmetic with int, float and complex operands (reflected forms too), division, comparisons, abs, sum
a = 3 + 4j
b = -1.5 + 0.25j
operands = [a, b, 2, -3, 2.5, 0.0, -0.0, True, 10**20, 1j, -0j]
for x in operands:
    for y in operands:
        if not isinstance(x, complex) and not isinstance(y, complex):
            continue
        out = [x + y, x - y, x * y]
        try:
            out.append(x / y)
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: %s" % e)
        print(repr(x), repr(y), *out)
print(a.__add__(1), a.__radd__(1), a.__sub__(1), a.__rsub__(1), a.__mul__(2), a.__rmul__(2))
print(a.__truediv__(2), a.__rtruediv__(2), a.__add__("x"), a.__eq__("x"), a.__lt__(a))
print(-a, +a, abs(a), abs(-0j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print(abs(1e300 + 1e300j), abs(3e-320 + 4e-320j), abs(5e-324 + 5e-324j))
try:
    abs(1.7e308 + 1.7e308j)
except OverflowError as e:
    print("OverflowError:", e)
print(1e308j * 10, (1e308 + 1e308j) * (1e308 + 1e308j), complex(1e308, 1e308) / 1e-308)
print((1 + 1j) / complex(float("nan"), 0), complex(float("inf"), 0) / (1 + 1j), 1 / (1e-320 + 1e-320j))
print(a == 3 + 4j, a != a, 3 == 3 + 0j, 3.0 == 3 + 0j, 3 + 0j == 3, 3 + 1j == 3, 2**53 + 1 == complex(2**53 + 1))
print(complex(2**53) == 2**53 + 1, 0.1 + 0j == 0.1, 1j == "1j", 1j != None, [1j] == [1j], 1j in [0, 1j])
print(complex(float("nan"), 0) == complex(float("nan"), 0), 1 + 0j == True, 0j == False, 10**400 == 1j)
comparisons = [lambda x, y: x < y, lambda x, y: x <= y, lambda x, y: x > y, lambda x, y: x >= y]
for compare in comparisons:
    for x, y in [(1j, 2j), (1j, 1), (1, 1j), (1.5, 1j)]:
        try:
            print(compare(x, y))
        except TypeError as e:
            print("TypeError:", e)
for f in [lambda: a // 2, lambda: a % 2, lambda: divmod(a, 2), lambda: 2 // a, lambda: a << 1, lambda: ~a,
          lambda: a & 1, lambda: int(a), lambda: float(a), lambda: round(a), lambda: a + "s", lambda: "s" + a,
          lambda: [1] * a, lambda: a + None, lambda: a / 0, lambda: a / 0.0, lambda: a / 0j, lambda: 1 / 0j,
          lambda: 0j / 0j, lambda: 10**400 + 1j, lambda: 1j * 10**400, lambda: 1j / 10**400, lambda: range(1j),
          lambda: [1, 2][a], lambda: sorted([1j, 2j]), lambda: max(1j, 2j), lambda: 1j.__floor__()]:
    try:
        print(repr(f()))
    except (TypeError, ZeroDivisionError, OverflowError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
print(sum([0.1j] * 10), sum([1 + 1j, 2, 3.5, True]), sum([1j, 2j], 1), sum([], 0j), sum([1e100j, 1j, -1e100j]))
x = 1 + 1j
x += 2
x *= 1j
x -= 0.5
x /= 2
x **= 2
print(x)
