# CPython 3.11 keeps freed tuples of 1 to 20 items on freelists, but hands
# them back only for 1 to 19 items: freeing a 20-tuple leaves generation
# 0's count as it is (the tuple went to a freelist), and a new 20-tuple is
# counted all the same. A 21-tuple is freed for real (the count drops).
import gc

for n in (1, 2, 19, 20, 21):
    gc.collect()
    x = tuple(range(n))
    a = gc.get_count()[0]
    del x
    b = gc.get_count()[0]
    x = tuple(range(n))
    c = gc.get_count()[0]
    del x
    print(n, a, b, c)
