# gc.get_threshold/set_threshold (spec 3.2, 4): defaults (700, 10, 10),
# missing values keep their old setting, argument errors, and threshold 0
# turning automatic collection off while gc.collect() still works.
import gc


class C:
    pass


print("default:", gc.get_threshold())
gc.set_threshold(5)
print("set_threshold(5):", gc.get_threshold())
gc.set_threshold(5, 3)
print("set_threshold(5, 3):", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("set_threshold(700, 10, 10):", gc.get_threshold())
for args in [(), (1, 2, 3, 4), ("700",), (1.5,), (2 ** 64,)]:
    try:
        gc.set_threshold(*args)
    except (TypeError, OverflowError) as error:
        print(f"set_threshold{args}: {type(error).__name__}: {error}")
print("unchanged:", gc.get_threshold())
gc.set_threshold(0)
print("threshold 0:", gc.get_threshold(), "| isenabled still:", gc.isenabled())
for i in range(2000):
    a, b = C(), C()
    a.other, b.other = b, a
del a, b
print("2000 cycles made, none collected automatically; count0 >= 4000:", gc.get_count()[0] >= 4000)
print("collect() ->", gc.collect())
gc.set_threshold(700)
print("restored:", gc.get_threshold())
