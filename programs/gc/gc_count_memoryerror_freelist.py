# MemoryError instances come from a freelist of 16 that start-up fills:
# raising one allocates nothing the collector counts while any is kept,
# and dropping one puts it back uncounted. A subclass's instances are
# ordinary objects.
import gc

class Mine(MemoryError):
    pass

def raise_caught(kind):
    try:
        raise kind
    except MemoryError:
        return gc.get_count()

def overflow():
    try:
        (1, 2) * 2**53
    except MemoryError:
        return gc.get_count()

gc.collect()
print("start", gc.get_count())
print("raise MemoryError", raise_caught(MemoryError))
print("after", gc.get_count())
print("raise Mine", raise_caught(Mine))
print("after", gc.get_count())
print("too big", overflow())
print("after", gc.get_count())
held = []
for i in range(20):
    try:
        raise MemoryError(i)
    except MemoryError as e:
        held.append(e)
print("twenty held", gc.get_count())
del held
print("dropped", gc.get_count())
print("again", raise_caught(MemoryError), gc.get_count())
