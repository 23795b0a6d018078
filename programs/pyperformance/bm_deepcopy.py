# pyperformance's deepcopy benchmark (MIT licence, pyperformance/COPYING;
# github.com/python/pyperformance 1d3e21798ebf, pyperformance/data-files/benchmarks/bm_deepcopy/run_benchmark.py).
# Local change: the pyperf runner (its import and the __main__ block) is replaced
# by the driver at the end, which runs the benchmark once, small, and prints its results.
"""
Benchmark to measure performance of the python builtin method copy.deepcopy

Performance is tested on a nested dictionary and a dataclass

Author: Pieter Eendebak

"""
import copy
from dataclasses import dataclass


@dataclass
class A:
    string: str
    lst: list
    boolean: bool



# --- driver (replaces the pyperf runner)
a = {
    'list': [1, 2, 3, 43],
    't': (1 ,2, 3),
    'str': 'hello',
    'subdict': {'a': True}
}
dc = A('hello', [1, 2, 3], True)
for _ in range(10):
    b = copy.deepcopy(a)
print(b, b == a, b is a, b['list'] is a['list'], b['t'] is a['t'])
out = []
for s in ['red', 'blue', 'green']:
    dc.string = s
    for kk in range(5):
        dc.lst[0] = kk
        for flag in [True, False]:
            dc.boolean = flag
            c = copy.deepcopy(dc)
            out.append((c.string, c.lst[0], c.boolean, c.lst is dc.lst))
print(out[:4], len(out))
cycle = [1, 2]
cycle.append(cycle)
memo = {}
c = copy.deepcopy([cycle] * 10, memo)
print(len(c), c[0] is c[9], c[0][2] is c[0], len(memo) > 0)
