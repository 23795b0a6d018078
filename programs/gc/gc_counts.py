# Generation counts (spec 3.2): right after collect(0), collect(1), collect();
# count0 deltas for C(), [], {}, del instance (after a warm-up get_count);
# collect(0) missing older garbage; invalid generations; collect while disabled.
import gc


class C:
    pass


gc.collect()
gc.collect(0)
print("after collect(0):", gc.get_count())
gc.collect(0)
print("after a second collect(0):", gc.get_count())
gc.collect(1)
print("after collect(1):", gc.get_count())
gc.collect()
print("after collect():", gc.get_count())

gc.get_count()               # warm-up: later result tuples come from a freelist, uncounted
before = gc.get_count()[0]
instance = C()
d_instance = gc.get_count()[0] - before
before = gc.get_count()[0]
lst = []
d_list = gc.get_count()[0] - before
before = gc.get_count()[0]
dct = {}
d_dict = gc.get_count()[0] - before
before = gc.get_count()[0]
del instance
d_del = gc.get_count()[0] - before
print(f"count0 deltas: C() {d_instance:+d}, [] {d_list:+d}, {{}} {d_dict:+d}, del instance {d_del:+d}")

print("garbage that survived one collect(0) waits for collect(1):")
gc.collect()
a, b = C(), C()
a.other, b.other = b, a
gc.collect(0)                        # a and b move to generation 1
del a, b
print("  collect(0) ->", gc.collect(0))
print("  collect(1) ->", gc.collect(1))
a, b = C(), C()
a.other, b.other = b, a
gc.collect(1)                        # now in generation 2
del a, b
print("  after a collect(1) survival: collect(0) ->", gc.collect(0), "collect(1) ->", gc.collect(1),
      "collect(2) ->", gc.collect(2))
for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as error:
        print(f"collect({bad}): ValueError: {error}")
gc.disable()
a = C()
a.me = a
del a
print("collect() works while disabled:", gc.collect(), "| isenabled:", gc.isenabled())
gc.enable()
print("isenabled:", gc.isenabled())
