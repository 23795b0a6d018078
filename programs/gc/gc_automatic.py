# Automatic collections with small thresholds (spec 3.3-3.4): which
# generation each one collects, count1/count2 bookkeeping, the long-lived
# rule holding back gen2, and threshold 0 / disable turning them off.
# (Only allocations that stay alive: when garbage dies in between, CPython's
# count0 also moves with its freelists' state, which refpy models only
# approximately.)
import gc


class C:
    pass


log = []


def record(phase, info):
    if phase == "start":
        log.append(info["generation"])


base = [C() for _ in range(40000)]   # a large old generation: the long-lived rule holds gen2 back
gc.collect()
gc.set_threshold(50, 3, 2)
gc.callbacks.append(record)
keep = []
for i in range(2000):
    keep.append(C())
gc.callbacks.remove(record)
print("kept allocations:", "".join(str(g) for g in log))
print("per generation:", [log.count(g) for g in range(3)])
log.clear()
gc.set_threshold(0)
gc.callbacks.append(record)
for i in range(500):
    C()
print("threshold 0:", log)
gc.set_threshold(50, 3, 2)
gc.disable()
held = []
for i in range(500):
    held.append(C())
print("disabled:", log, gc.get_count()[0] > 50)
gc.enable()
junk = C()
print("first allocation after enable collects:", log)
gc.callbacks.remove(record)
gc.set_threshold(700, 10, 10)
