# pyperformance's decimal_pi benchmark (MIT licence, pyperformance/COPYING;
# github.com/python/pyperformance 1d3e21798ebf, pyperformance/data-files/benchmarks/bm_decimal_pi/run_benchmark.py).
# Local change: the pyperf runner (its import and the __main__ block) is replaced
# by the driver at the end, which runs the benchmark once, small, and prints its results.
"""
Calculate `pi` using the decimal module.

The `pidigits` benchmark does a similar thing using regular (long) ints.

- 2024-06-14: Michael Droettboom copied this from
  Modules/_decimal/tests/bench.py in the CPython source and adapted to use
  pyperf.
"""

# Original copyright notice in CPython source:

#
# Copyright (C) 2001-2012 Python Software Foundation. All Rights Reserved.
# Modified and extended by Stefan Krah.
#


import decimal




def pi_decimal():
    """decimal"""
    D = decimal.Decimal
    lasts, t, s, n, na, d, da = D(0), D(3), D(3), D(1), D(0), D(0), D(24)
    while s != lasts:
        lasts = s
        n, na = n + na, na + 8
        d, da = d + da, da + 32
        t = (t * n) / d
        s += t
    return s


def bench_decimal_pi():
    for prec in [9, 19]:
        decimal.getcontext().prec = prec
        for _ in range(10000):
            _ = pi_decimal()


# --- driver (replaces the pyperf runner)
# bench_decimal_pi computes pi 10000 times at each precision; the driver
# computes it 20 times at each and prints the results.
for prec in [9, 19]:
    decimal.getcontext().prec = prec
    for _ in range(20):
        pi = pi_decimal()
    print(prec, pi, repr(pi), pi.as_tuple().exponent)
print(pi_decimal.__doc__)
