# gc.collect() of N objects in cycles (N from the command line): N // 20
# rings of 20 doubly linked Node instances, built with the collector
# disabled (so no automatic collection reclaims them first), dropped, and
# reclaimed by one timed gc.collect().
#
# Machine-readable lines start with "#bench" (bench/run.ts parses them);
# the other lines are the same under refpy and CPython.

import gc
import sys
import time

LINKS = 20


class Node:
    def __init__(self):
        self.next = None
        self.prev = None


def ring(n):
    first = Node()
    current = first
    for _ in range(n - 1):
        node = Node()
        current.next = node
        node.prev = current
        current = node
    current.next = first
    first.prev = current
    return first


n = int(sys.argv[1])
gc.collect()
gc.disable()
rings = [ring(LINKS) for _ in range(n // LINKS)]
del rings
t0 = time.perf_counter()
collected = gc.collect()
seconds = time.perf_counter() - t0
gc.enable()
print("#bench collect_cycles n=%d collected=%d seconds=%.6f" % (n, collected, seconds))
print("collect_cycles", n, "collected", collected)
