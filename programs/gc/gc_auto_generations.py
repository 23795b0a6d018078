# Automatic collections while 100,000 instances are allocated and kept
# (spec 3.3): 11 gen0 collections, then a gen1; after 11 gen1 collections a
# gen2 if the long-lived test passes. gc.callbacks records each generation.
import gc


class Item:
    pass


events = []


def record(phase, info):
    if phase == "start":
        events.append(info["generation"])


gc.collect()
gc.callbacks.append(record)
kept = []
for _ in range(100_000):
    kept.append(Item())
gc.callbacks.remove(record)
print("collections:", len(events), "| per generation:", [events.count(g) for g in range(3)])
sequence = "".join(map(str, events))
print("sequence, one line per gen1 or gen2 collection:")
for chunk in sequence.replace("1", "1\n").replace("2", "2\n").split("\n"):
    if chunk:
        print(" ", chunk)
print("count after the loop is below the thresholds:", gc.get_count()[0] <= 700)
