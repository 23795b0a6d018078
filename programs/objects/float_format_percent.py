# format() with the '%' type multiplies the float by 100 first: a value
# that overflows there prints as inf, as CPython's format_float_internal.
for v in (1e308, -1e308, 1.7e306, 1e306, 0.5, -0.0, float("inf"), float("nan")):
    for spec in ("%", ".1%", ">12.0%", "+%", "e"):
        print(repr(v), repr(spec), repr(format(v, spec)))
print(f"{1e308:%}", "{:.2%}".format(2e306))
print(format(10**20, "%"), format(True, ".0%"))
