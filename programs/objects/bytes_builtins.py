# bytes, bytearray and memoryview with the built-ins and operators: ord() of
# one byte, truth, str() and repr(), sets, slot wrappers (__mul__, __iadd__,
# __mod__), a subclass with its own repr, views of views.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: ord(b"a"))
t(lambda: ord(bytearray(b"z")))
t(lambda: ord(b"ab"))
t(lambda: ord(memoryview(b"a")))
t(lambda: "".join([b"a"]))
t(lambda: list(reversed(bytearray(b"abc"))))
t(lambda: sorted(bytearray(b"cab")))
t(lambda: "abc".startswith(b"a"))
t(lambda: "abc" + b"d")
t(lambda: b"abc" == "abc")
t(lambda: "%c" % b"a")
t(lambda: (bool(b""), bool(bytearray(b"x")), bool(memoryview(b""))))
t(lambda: str(b"abc"))
t(lambda: repr(memoryview(b"")) [:8])
t(lambda: min(b"abc"), )
t(lambda: b"abc".__len__())
t(lambda: bytes.__name__ + bytearray.__qualname__ + memoryview.__module__)
t(lambda: bytearray.__hash__)
t(lambda: memoryview.__hash__(memoryview(b"x")) == hash(b"x"))
t(lambda: type(b"".__iter__()).__name__)
t(lambda: iter(bytearray()).__length_hint__())
t(lambda: b"a".__mod__(()))
t(lambda: b"a".__rmod__(1))
t(lambda: bytearray.__iadd__(bytearray(b"a"), b"b"))
t(lambda: bytearray.__imul__(bytearray(b"a"), 3))
t(lambda: bytes.__mul__(b"a", 3))
t(lambda: bytes.__rmul__(b"a", 3))
t(lambda: isinstance(memoryview(b""), object))
class C(bytes):
    def __repr__(self): return "C!"
t(lambda: (repr(C(b"x")), str(C(b"x")), C(b"x") + C(b"y"), C(b"xy").upper(), len(C(b"ab")), C(b"ab")[0]))
t(lambda: {b"a", b"a", bytes(b"a")})
t(lambda: bytes(memoryview(bytearray(b"abc"))[1:]))
t(lambda: memoryview(b"abc")[1:][1:].tobytes())
t(lambda: memoryview(b"abcdef")[::2][::-1].tolist())
t(lambda: memoryview(b"abcdef")[-2:10].tobytes())
