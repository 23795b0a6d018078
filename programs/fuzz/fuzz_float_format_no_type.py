# format() of a float with a precision and no type: like 'g', but an exponent one less than the precision already takes the e-notation (format(343.0, ".3") is '3.43e+02'; found by test/fuzz).
for v in [343.0, 100.0, 1.0, 12345.678, 123.0, 0.5, 1e-5, 0.0001234, -0.0, 1e16, float("inf")]:
    for spec in [".3", ".1", ".0", ".5", "10.3", "+.3", "#.3", ".17", ".3g"]:
        print(repr(v), spec, repr(format(v, spec)), repr(f"{v:{spec}}"))
for v in [3 + 4j, 343j, 100 + 1e-5j]:
    for spec in [".3", ".1", ".5g"]:
        print(repr(v), spec, repr(format(v, spec)))
