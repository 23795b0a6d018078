# Floor division and remainder of floats folded at compile time give what
# the float type gives at run time: signed zeros, inf and nan included
# (found by test/fuzz: `(-0.0) // 2**63` folded to 0.0).
x = -0.0
print((-0.0) // 2**63, x // 2**63, (-0.0) // 2.0, x // 2.0, 0.0 // -2**63, 0.0 // -2.0)
print((-0.0) % 2.0, x % 2.0, 0.0 % -2.0, (-0.0) % -2.0)
print(1e308 * 10 % 2, (1e308 * 10) // 3, -(1e308 * 10) // 3, (1e308 * 10 - 1e308 * 10) % 2)
print(5.5 // -0.5, 5.5 % -0.5, -5.5 // 2, -5.5 % 2, 1e300 // 1e-300)
print(divmod(-0.0, 2**63), divmod(x, 2.0), (-7.0) // 2**70, (-7.0) % 2**70)
