# The exceptions memoryview raises, with CPython 3.11's messages: released
# views, read-only memory, bad indices and slices, assignments of another
# structure, casts, hashing, and views still exporting buffers.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


ro = memoryview(b"abcdef")
rw = memoryview(bytearray(b"abcdef"))
t(lambda: memoryview("str"))
t(lambda: memoryview(5))
t(lambda: memoryview())
t(lambda: memoryview(b"", b""))
t(lambda: memoryview(object=b"kw").tobytes())
t(lambda: ro.__setitem__(0, 1))
t(lambda: rw.__delitem__(0))
t(lambda: rw.__setitem__(0, 256))
t(lambda: rw.__setitem__(0, -1))
t(lambda: rw.__setitem__(0, "a"))
t(lambda: rw.__setitem__(0, b"a"))
t(lambda: rw.__setitem__(10, 1))
t(lambda: rw[10])
t(lambda: rw[-7])
t(lambda: rw["a"])
t(lambda: rw[1.5])
t(lambda: rw[::0])
t(lambda: rw[0, 1])
t(lambda: rw[0:1, 1:2])
t(lambda: rw.__setitem__(slice(0, 2), b"abc"))
t(lambda: rw.__setitem__(slice(0, 2), "ab"))
t(lambda: rw.__setitem__(slice(0, 4), memoryview(b"abcd").cast("H")))
t(lambda: rw.__setitem__("k", 1))
t(lambda: ro < ro)
t(lambda: ro + ro)
t(lambda: hash(rw))
t(lambda: hash(memoryview(b"ab").cast("H")))
t(lambda: hash(memoryview(bytearray(b"x")).toreadonly()))
t(lambda: ro.tobytes("X"))
t(lambda: ro.tobytes(1))
t(lambda: ro.hex(1))
t(lambda: ro.cast("X"))
t(lambda: ro.cast("BB"))
t(lambda: ro.cast(1))
t(lambda: ro.cast("i"))
t(lambda: ro.cast("H").cast("i"))
t(lambda: ro[::2].cast("c"))
t(lambda: ro.cast("B", shape=5))
t(lambda: ro.cast("B", shape=[4]))
t(lambda: ro.cast("B", shape=[0, 6]))
t(lambda: ro.cast("B", shape=["6"]))
t(lambda: ro.cast("B", [2, 3]).cast("B", [3, 2]))
t(lambda: ro.cast("B", [2, 3])[0])
t(lambda: ro.cast("B", [2, 3])[0:1])
t(lambda: list(ro.cast("B", [2, 3])))
t(lambda: ro.cast("B", [2, 3])[2, 0])
t(lambda: ro.cast("B", [2, 3])[0, 0, 0])
t(lambda: memoryview(b"a").cast("B", [])[0])
t(lambda: len(memoryview(b"a").cast("B", [])))
t(lambda: list(memoryview(b"a").cast("B", [])))
t(lambda: memoryview(bytearray(b"ab")).cast("c").__setitem__(0, b"xy"))
t(lambda: memoryview(bytearray(b"ab")).cast("c").__setitem__(0, 1))
t(lambda: memoryview(bytearray(4)).cast("f").__setitem__(0, "x"))

rel = memoryview(bytearray(b"released"))
rel.release()
for name, f in [
    ("getitem", lambda: rel[0]),
    ("len", lambda: len(rel)),
    ("tobytes", lambda: rel.tobytes()),
    ("tolist", lambda: rel.tolist()),
    ("obj", lambda: rel.obj),
    ("nbytes", lambda: rel.nbytes),
    ("format", lambda: rel.format),
    ("slice", lambda: rel[1:]),
    ("cast", lambda: rel.cast("B")),
    ("with", lambda: rel.__enter__()),
    ("bytes", lambda: bytes(rel)),
    ("memoryview", lambda: memoryview(rel)),
    ("hex", lambda: rel.hex()),
    ("iter", lambda: list(rel)),
    ("hash", lambda: hash(rel)),
]:
    print(name, end=": ")
    t(f)

outer = memoryview(bytearray(b"outer"))
inner = memoryview(outer)
it = iter(outer)
print(next(it), inner.obj is outer.obj)
inner.release()
outer.release()
t(lambda: next(it))


class Holder:
    pass


mv = memoryview(bytearray(b"exp"))
exporting = memoryview(mv)
t(lambda: type(exporting).__name__)
ba = bytearray(b"q")
t(lambda: ba.extend(mv))
print(ba)
t(lambda: mv.release())
t(lambda: exporting.release())
