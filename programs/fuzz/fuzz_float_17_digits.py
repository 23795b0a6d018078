# format() with 17 or more significant digits of a float just below a power of ten: 1e-07 is 9.9999999999999995e-08, whose digits the first estimate of the decimal point rounds up to 10…0 (found by test/fuzz).
for v in [1e-7, 1e-5, 0.1, 1 / 3, 1e22, 5e-324, 123.456, 1e-300, 1e23, 0.001]:
    print(format(v, ".17g"), format(v, ".20g"), format(v, ".17e"), format(v, ".17"), "%.17g" % v, f"{v:.25f}")
