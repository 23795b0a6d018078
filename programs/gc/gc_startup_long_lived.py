# The long-lived rule on a small heap (spec 3.4): CPython's start-up leaves
# about 11,000 objects in generation 2 that every full collection counts in
# long_lived_total, and start-up leaves generation 2's count at 2, so with
# low thresholds only the first automatic full collection runs, and later
# ones wait for a quarter of that population to be promoted.
import gc


class Item:
    pass


def full_collections():
    return gc.get_stats()[2]["collections"]


print("full collections at start:", full_collections())
gc.set_threshold(100, 2, 2)
keep = []
for n in (1_000, 3_000, 6_000, 10_000, 20_000):
    while len(keep) < n:
        keep.append(Item())
    print(n, "objects kept, full collections:", full_collections())
gc.collect()
gc.set_threshold(1, 0, 0)
before = full_collections()
lists = []
for i in range(1000):
    lists.append([])
print("1,000 lists under set_threshold(1, 0, 0), full collections:", full_collections() - before)
