# format() of complex numbers: every presentation type, fill/align/sign/#/z/grouping, and the refused specs
specs = ["", "#", "#.0", ".0", "#.3", "+", "-", " ", "10", "<12", "^14", "*>15", ".2e", "E", ".3G", "#g", "g", "n",
         ".10n", ",", "_.2f", "z.0f", "+.1f", ">+20.3e", "=^10", "1", ".1", "z", "#e", ".0e", "#.0f", "f", "F", "G"]
bad = ["010.1f", "0>10", "=10", "x", "%", "c", "d", "s", ",n", "_n", ".2,f"]
values = [1 + 2j, 1.5 - 2.25j, complex(-0.0, -0.0), 1j, 1e20 + 1e-20j, complex(float("nan"), float("-inf")),
          1234567.891 - 0.5j, complex(0, -0.0), 3j, complex(-1e-7, 123456789.5), complex(0.125, -99.99)]
for v in values:
    print(repr(v), " | ".join(repr(format(v, s)) for s in specs))
for s in bad:
    try:
        print(s, format(1 + 2j, s))
    except ValueError as e:
        print(s, "ValueError:", e)
z = 2.5 - 1j
print(f"{z}|{z:10.2f}|{z:<20}|{z!r:>12}|{z:+}", "{0} {0:.1e} {1:^9}".format(z, 1j), "%s %r" % (z, z))
print(z.__format__(""), z.__format__(".1f"), format(Exception is None and 0 or 3j, ""))
for f in [lambda: z.__format__(5), lambda: "%f" % z, lambda: "%d" % z, lambda: "%.2e" % 1j, lambda: format(z, "," * 2)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
