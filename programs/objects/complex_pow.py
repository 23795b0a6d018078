# complex ** : c_powi for integral exponents up to 100, _Py_c_pow otherwise, and float/int ** that turns complex
bases = [1 + 2j, -0.5 + 0.75j, 1j, 2, -8, -8.0, 0.5, 1.0000001 + 1e-7j, 3.75 - 1.25j]
exponents = [0, 1, 2, 3, 7, -1, -2, -5, 16, 50, 100, 101, -100, 2.0, -3.0, 0.5, -0.5, 1 / 3, 2.5, 1j, -1j, 1 + 1j, 0.5 - 2j]
for base in bases:
    row = []
    for e in exponents:
        if not isinstance(base, complex) and not isinstance(e, complex) and (base >= 0 or e == int(e)):
            continue
        try:
            row.append(repr(base**e))
        except (ZeroDivisionError, OverflowError) as err:
            row.append(type(err).__name__)
    print(repr(base), " ".join(row))
print((-8) ** 0.5, (-8.0) ** 0.5, (-8) ** (1 / 3), pow(-8, 1 / 3), (-1) ** 0.5, (-2.5) ** 1.5, (-1e-300) ** 0.5)
print(pow(-8, 0.5), (-8).__pow__(0.5), (-8.0).__pow__(0.5), (0.5).__rpow__(-8), (-27) ** (-1 / 3), (-2) ** -0.5)
print(type((-8) ** 0.5), (-8) ** 2.0, (-8.0) ** -1.0, (-0.0) ** 0.5, float("-inf") ** 0.5, (-1) ** float("inf"))
for f in [lambda: 0j ** -1, lambda: 0j ** -2.5, lambda: 0j ** 1j, lambda: 0j ** (1 + 1j), lambda: 0 ** -1j,
          lambda: 0j ** 0, lambda: 0j ** 0j, lambda: 0j ** 2, lambda: 0j ** 2.5, lambda: 0.0 ** 1j,
          lambda: (10 + 10j) ** 1000, lambda: (10 + 10j) ** 100, lambda: (1e200 + 1j) ** 2, lambda: 1e300j ** 1.5,
          lambda: pow(1j, 2, 3), lambda: pow(2, 1j, 3), lambda: 1j ** "a", lambda: "a" ** 1j,
          lambda: (-8) ** 0.5j, lambda: (1e-200 + 1e-200j) ** 2, lambda: (1 + 1j) ** 1e308, lambda: (-1 + 1j) ** (1e308 + 0.5j),
          lambda: 2 ** (1e308j), lambda: complex(float("inf"), 1) ** 2,
          lambda: complex(float("nan"), 0) ** 2, lambda: 1j ** float("nan"), lambda: 1j ** -0.0]:
    try:
        print(repr(f()))
    except (ZeroDivisionError, OverflowError, ValueError, TypeError) as err:
        print(type(err).__name__ + ":", err)
x = 1 + 1j
x **= 3
print(x, 2 ** 1j, 2.0 ** 1j, True ** 1j, 1j ** True, 10 ** -2j)
