# pyperformance's pprint benchmark (MIT licence, pyperformance/COPYING;
# github.com/python/pyperformance 1d3e21798ebf, pyperformance/data-files/benchmarks/bm_pprint/run_benchmark.py).
# Local change: the pyperf runner (its import and the __main__ block) is replaced
# by the driver at the end, which runs the benchmark once, small, and prints its results.
# printable holds 1_000 copies of its tuple (100_000 upstream) so that one run stays short.
"""Test the performance of pprint.PrettyPrinter.

This benchmark was available as `python -m pprint` until Python 3.12.

Authors: Fred Drake (original), Oleg Iarygin (pyperformance port).
"""

from pprint import PrettyPrinter


printable = [('string', (1, 2), [3, 4], {5: 6, 7: 8})] * 1_000
p = PrettyPrinter()


# --- driver (replaces the pyperf runner)
print(hasattr(p, '_safe_repr'))
rep, readable, recursive = p._safe_repr(printable, {}, None, 0)
print(len(rep), readable, recursive, rep[:60])
text = p.pformat(printable)
lines = text.splitlines()
print(len(text), len(lines))
print(lines[0])
print(lines[1])
print(lines[-1])
