# gc.callbacks: functions called with ("start" | "stop", info) around each
# collection, used here to report what explicit gc.collect() calls find,
# plus set_threshold's partial updates and collect's generation argument.
import gc

log = []


def watcher(phase, info):
    log.append((phase, info["generation"], info["collected"], info["uncollectable"]))


class Blob:
    def __init__(self, size):
        self.size = size
        self.partner = None


def make_cycles(n):
    for i in range(n):
        x, y = Blob(i), Blob(i)
        x.partner, y.partner = y, x


gc.collect()
gc.callbacks.append(watcher)
make_cycles(5)
found = gc.collect()
print("collect() found", found)
for entry in log:
    print("  callback:", entry)
log.clear()
make_cycles(3)
print("collect(0) found", gc.collect(0), "| collect(1) found", gc.collect(1))
print("  generations seen:", [entry[1] for entry in log])
try:
    gc.collect(3)
except ValueError as error:
    print("ValueError:", error)
gc.callbacks.remove(watcher)
log.clear()
gc.collect()
print("after removing the callback, log is", log)

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
print("debug flags:", gc.get_debug(), "| DEBUG_SAVEALL =", gc.DEBUG_SAVEALL, "| DEBUG_LEAK =", gc.DEBUG_LEAK)
gc.set_debug(gc.DEBUG_SAVEALL)
make_cycles(1)
print("with SAVEALL, collect found", gc.collect(), "and kept", len(gc.garbage), "objects in gc.garbage:",
      sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
gc.garbage.clear()
print("referents of a Blob:", [r if not isinstance(r, type) else r.__name__ for r in gc.get_referents(Blob(7))])
print("referents of a list:", gc.get_referents([[1, 2], "s"]))
