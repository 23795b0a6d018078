# os functions taking a file descriptor convert it as CPython's Argument
# Clinic does: a C int (OverflowError past its range, TypeError for a
# float or a str); os.write takes any bytes-like object (written to
# stderr, which print does not buffer).
import os

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

big = 2**70
show("write big fd", lambda: os.write(big, b"x"))
show("write float fd", lambda: os.write(1.5, b"x"))
show("write str fd", lambda: os.write("1", b"x"))
show("write str data", lambda: os.write(1, "x"))
show("write bad fd, str data", lambda: os.write(5, "x"))
show("write bytearray", lambda: os.write(2, bytearray(b"from a bytearray\n")))
show("write memoryview", lambda: os.write(2, memoryview(b"from a memoryview\n")))
show("write -1", lambda: os.write(-1, b"x"))
show("isatty big", lambda: os.isatty(big))
show("isatty str", lambda: os.isatty("x"))
show("device_encoding big", lambda: os.device_encoding(big))
show("fstat big", lambda: os.fstat(big))
show("fstat float", lambda: os.fstat(1.0))
show("stat big fd", lambda: os.stat(big))
show("stat small fd", lambda: os.stat(-big))
show("strerror big", lambda: os.strerror(big))
show("strerror float", lambda: os.strerror(2.0))
show("urandom big", lambda: len(os.urandom(big)))
show("urandom huge", lambda: len(os.urandom(2**63)))
show("urandom negative", lambda: os.urandom(-1))
show("urandom 3", lambda: len(os.urandom(3)))
