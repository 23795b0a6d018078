# A memoryview keeps its exporter alive and counted once per managed
# buffer, as CPython 3.11: slices, casts and memoryview(view) share it; a
# bytearray cannot change size while any view is registered; release()
# and the end of a `with` block give the buffer back at that moment.
import sys


class Tracked(bytearray):
    def __del__(self):
        print("  exporter freed")


data = bytearray(b"0123456789")
base = sys.getrefcount(data)
m = memoryview(data)
print("one view:", sys.getrefcount(data) - base)
m2 = memoryview(data)
print("two managed buffers:", sys.getrefcount(data) - base)
s = m[2:5]
c = m.cast("c")
v = memoryview(m)
r = m.toreadonly()
print("slices and casts share m's:", sys.getrefcount(data) - base)
for step, view in [("release m", m), ("release m2", m2), ("release s", s), ("release c", c), ("release v", v)]:
    view.release()
    try:
        data.append(1)
        print(step, "-> resizable again, refs", sys.getrefcount(data) - base)
    except BufferError as e:
        print(step, "-> still", e)
r.release()
try:
    data.append(1)
    print("release r -> resizable again, refs", sys.getrefcount(data) - base)
except BufferError as e:
    print("release r -> still", e)

print("views dropped without release():")
t = Tracked(b"abc")
view = memoryview(t)
sub = view[1:]
del t
print("  after del t")
del view
print("  after del view")
del sub
print("  after del sub")

print("with block:")
t = Tracked(b"xyz")
with memoryview(t) as w:
    w[0] = ord("X")
    print("  inside", bytes(t))
del t
print("  after del t (w released:", repr(w).startswith("<released"), ")")
del w

print("a view exporting itself:")
b = bytes(range(5))
mv = memoryview(b)
inner = memoryview(mv)
before = sys.getrefcount(mv)
ba = bytearray(mv)
print("  copy leaves mv's count:", sys.getrefcount(mv) - before, list(ba))
del inner, mv
print("  bytes count back to:", sys.getrefcount(b))
