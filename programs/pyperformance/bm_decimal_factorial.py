# pyperformance's decimal_factorial benchmark (MIT licence, pyperformance/COPYING;
# github.com/python/pyperformance 1d3e21798ebf, pyperformance/data-files/benchmarks/bm_decimal_factorial/run_benchmark.py).
# Local change: the pyperf runner (its import and the __main__ block) is replaced
# by the driver at the end, which runs the benchmark once, small, and prints its results.
"""
Calculate `factorial` using the decimal module.

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




def factorial(n, m):
    if n > m:
        return factorial(m, n)
    elif m == 0:
        return 1
    elif n == m:
        return n
    else:
        return factorial(n, (n + m) // 2) * factorial((n + m) // 2 + 1, m)


def bench_decimal_factorial():
    c = decimal.getcontext()
    c.prec = decimal.MAX_PREC
    c.Emax = decimal.MAX_EMAX
    c.Emin = decimal.MIN_EMIN

    for n in [10000, 100000]:
        # C version of decimal
        _ = factorial(decimal.Decimal(n), 0)


# --- driver (replaces the pyperf runner)
# bench_decimal_factorial computes 10000! and 100000! with precision MAX_PREC;
# the driver computes smaller factorials with precision 3000: decimal here is
# _pydecimal (CPython's fallback without _decimal, see lib/README.md), whose
# integer division builds 10**prec, out of memory for MAX_PREC.
c = decimal.getcontext()
c.prec = 3000
c.Emax = decimal.MAX_EMAX
c.Emin = decimal.MIN_EMIN
print(c.prec, c.Emax, c.Emin)
for n in [0, 1, 10, 25, 100, 1000]:
    f = factorial(decimal.Decimal(n), 0)
    s = str(f)
    print(n, len(s), s[:30], s[-30:] if len(s) > 30 else '', type(f).__name__)
print(factorial(decimal.Decimal(30), decimal.Decimal(20)), factorial(3, 7))
