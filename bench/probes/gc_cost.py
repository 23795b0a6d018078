# The collector's cost per allocation as the live heap grows 100-fold.
#
# A list of long-lived containers grows to 10,000, then 100,000, then
# 1,000,000 objects, while short-lived two-object cycles are allocated all
# along. At each size, after one gc.collect() that settles the heap,
# WINDOWS windows of WINDOW allocations of short-lived cycles only are
# measured: the time spent inside collections (gc.callbacks "start" to
# "stop", with time.perf_counter) divided by the allocations made. One
# unmeasured window first warms the interpreter up.
#
# Generation 0 and 1 collections cost the same at every size; what could
# grow with the heap is the full collection, which would otherwise run
# every 700 * 11 * 11 allocations and scan every live object (3 or 4 scans
# of the whole heap per window). CPython's long-lived rule (a full
# collection only when the objects that reached the old generation since
# the last one exceed a quarter of those it kept) holds it back, so the
# cost per allocation stays flat.
#
# The growth phases are measured too: there the full collections do run,
# and the rule spaces them so that each live object is scanned a bounded
# number of times (about five) however large the heap gets; what still
# grows with the heap is the memory cost of each scan (a 1,000,000-object
# heap does not fit in the caches), in CPython as in refpy.
#
# Machine-readable lines start with "#bench" (bench/run.ts parses them);
# the other lines are the same under refpy and CPython.

import gc
import time

SIZES = (10_000, 100_000, 1_000_000)
WINDOW = 300_000
WINDOWS = 3

gc_seconds = 0.0
started = 0.0
collections = [0, 0, 0]


def on_gc(phase, info):
    global gc_seconds, started
    if phase == "start":
        started = time.perf_counter()
    else:
        gc_seconds += time.perf_counter() - started
        collections[info["generation"]] += 1


def churn(n):
    # n allocations: n // 2 two-object cycles, each garbage at once.
    for _ in range(n // 2):
        a = []
        b = [a]
        a.append(b)


def report(phase, window, live, allocations, seconds, counts, wall):
    print("#bench gc_cost phase=%s window=%d live=%d allocations=%d gc_seconds=%.6f "
          "ns_per_alloc=%.2f gen0=%d gen1=%d gen2=%d wall_seconds=%.6f"
          % (phase, window, live, allocations, seconds, seconds * 1e9 / allocations,
             counts[0], counts[1], counts[2], wall))


gc.collect()
gc.callbacks.append(on_gc)
churn(WINDOW)
live = []
for size in SIZES:
    # Grow: each new long-lived container comes with one short-lived cycle.
    grown = size - len(live)
    g0 = gc_seconds
    c0 = list(collections)
    t0 = time.perf_counter()
    for _ in range(grown):
        live.append([None])
        a = []
        b = [a]
        a.append(b)
    wall = time.perf_counter() - t0
    report("grow", 0, size, 3 * grown, gc_seconds - g0,
           [collections[i] - c0[i] for i in range(3)], wall)

    # Settle, then measure windows of short-lived cycles only.
    gc.collect()
    for window in range(WINDOWS):
        g0 = gc_seconds
        c0 = list(collections)
        t0 = time.perf_counter()
        churn(WINDOW)
        wall = time.perf_counter() - t0
        report("churn", window, size, WINDOW, gc_seconds - g0,
               [collections[i] - c0[i] for i in range(3)], wall)
    print("gc_cost live heap", len(live))

gc.callbacks.remove(on_gc)
print("gc_cost done")
