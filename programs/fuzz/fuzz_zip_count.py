# Generation 0's count after making a zip object: CPython 3.11 counts two allocations more than refpy (found by test/fuzz).
import gc
gc.collect()
x = list(zip([5, 7], ["Fig", "fig"], range(3)))
print(gc.get_count())
gc.collect()
x = list(zip([5, 7], ["Fig", "fig"]))
print(gc.get_count())
gc.collect()
x = list(zip([5, 7]))
print(gc.get_count())
gc.collect()
z = zip([5, 7], [1, 2])
print(gc.get_count())
