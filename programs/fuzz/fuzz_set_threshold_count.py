# gc.set_threshold is METH_VARARGS in CPython 3.11: each call packs its arguments into a tuple, which after a full collection (freelists emptied) stays counted in generation 0 (found by test/fuzz).
import gc

gc.collect()
gc.set_threshold(16, 4, 5)
print(gc.get_count())
gc.collect()
gc.set_threshold(700)
gc.set_threshold(700, 10)
print(gc.get_count())
gc.collect()
try:
    gc.set_threshold()
except TypeError as e:
    print(e)
print(gc.get_count())
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
