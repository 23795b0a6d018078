# The long-lived rule (spec 3.4): with 50,000 objects kept alive, garbage
# cycles that die young never promote enough survivors, so count[2] grows
# past its threshold of 10 but no automatic gen2 collection runs.
import gc


class Item:
    pass


starts = []


def record(phase, info):
    if phase == "start":
        starts.append((info["generation"], gc.get_count()[2]))


def make_garbage(n):
    for _ in range(n):
        a, b = Item(), Item()
        a.other, b.other = b, a


kept = [Item() for _ in range(50_000)]
gc.collect()
gc.callbacks.append(record)
make_garbage(100_000)
gc.callbacks.remove(record)
generations = [g for g, _ in starts]
print("more than 250 automatic collections:", len(starts) > 250)
print("gen1 collections more than 20:", generations.count(1) > 20)
print("gen2 collections:", generations.count(2))
print("count[2] went past its threshold of 10:", max(c for _, c in starts) > 10)
starts.clear()
gc.callbacks.append(record)
gc.collect()
gc.callbacks.remove(record)
print("an explicit gc.collect() ignores the rule: generation", starts[0][0])
