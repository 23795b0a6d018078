# The exceptions bytearray raises, with CPython 3.11's messages, including
# BufferError when it would change size while a memoryview is held.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


b = bytearray(b"abc")
t(lambda: b.append(256))
t(lambda: b.append(-1))
t(lambda: b.append("a"))
t(lambda: b.append(b"a"))
t(lambda: b.append(1.0))
t(lambda: b.insert(0))
t(lambda: b.insert("0", 1))
t(lambda: b.extend(5))
t(lambda: b.extend([1, "a"]))
t(lambda: b.extend([300]))
t(lambda: b.extend("str"))
t(lambda: bytearray().pop())
t(lambda: b.pop(10))
t(lambda: b.pop("1"))
t(lambda: b.remove(120))
t(lambda: b.remove(1000))
t(lambda: b.__setitem__(0, 256))
t(lambda: b.__setitem__(0, b"x"))
t(lambda: b.__setitem__(10, 1))
t(lambda: b.__setitem__("a", 1))
t(lambda: b.__setitem__(slice(0, 1), 5))
t(lambda: b.__setitem__(slice(0, 1), "x"))
t(lambda: b.__setitem__(slice(0, 1), [256]))
t(lambda: b.__setitem__(slice(0, 3, 2), b"xyz"))
t(lambda: b.__setitem__(slice(None, None, 0), b""))
t(lambda: b.__delitem__(10))
t(lambda: b[5])
t(lambda: b[-5])
t(lambda: b[1.5])
t(lambda: b + "a")
t(lambda: b + 1)
t(lambda: b * "a")
t(lambda: b < "a")
t(lambda: bytearray(-1))
t(lambda: bytearray("abc"))
t(lambda: bytearray(1, "utf-8"))
t(lambda: bytearray(b"a", errors="strict"))
t(lambda: bytearray([1, 256]))
t(lambda: bytearray(1.5))
t(lambda: bytearray(object()))
t(lambda: bytearray(source=1, foo=2))
t(lambda: hash(bytearray()))
t(lambda: bytearray.fromhex("zz"))
t(lambda: b.decode("ascii", "foo") if False else bytearray(b"\xff").decode("ascii"))


def inplace_add_str():
    c = bytearray(b"x")
    c += "y"


t(inplace_add_str)

buf = bytearray(b"0123456789")
m = memoryview(buf)
t(lambda: buf.append(1))
t(lambda: buf.extend(b"ab"))
t(lambda: buf.pop())
t(lambda: buf.remove(48))
t(lambda: buf.clear())
t(lambda: buf.__delitem__(0))
t(lambda: buf.__delitem__(slice(0, 2)))
t(lambda: buf.__delitem__(slice(0, 4, 2)))
t(lambda: buf.__setitem__(slice(0, 2), b"abc"))
t(lambda: buf.insert(0, 1))


def grow():
    global buf
    buf += b"more"


t(grow)


def shrink():
    global buf
    buf *= 0


t(shrink)
buf[0:2] = b"ab"
buf[2] = ord("c")
buf *= 1
print(buf, m.tobytes())
m.release()
buf.append(33)
print(buf)
