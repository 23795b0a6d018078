# printf-style bytes formatting (b'...' % args), CPython 3.11's
# _PyBytes_FormatEx: conversions, flags, widths, precision, '*', mapping
# keys, %b/%s with __bytes__ and buffers, %c, %a/%r, and its errors.


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class B:
    def __bytes__(self):
        return b"<B>"


class I:
    def __index__(self):
        return 7


class F:
    def __float__(self):
        return 2.5


t(lambda: b"%d %i %u" % (1, -2, 3))
t(lambda: b"%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
t(lambda: b"%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
t(lambda: b"%#08x|%-#8x|%#8o|%08.3x|%.5d|%+.3d" % (255, 255, 8, 10, 42, 7))
t(lambda: b"%d %x %d" % (True, I(), 2.9))
t(lambda: b"%d" % (10**30,))
t(lambda: b"%f %.2f %10.3f %-10.1f| %e %E %g %G" % (3.14159, 2.5, -1.0, 0.05, 12345.678, 0.00012, 1e20, 1e-7))
t(lambda: b"%f %F %e %g" % (float("inf"), float("-inf"), float("nan"), -0.0))
t(lambda: b"%05f|%08.2f|%+f|% f|%#.0f|%#g" % (float("inf"), -3.14159, 1.5, 1.5, 2.0, 1.0))
t(lambda: b"%z.1f" % (-0.01,))
t(lambda: b"%.0f %.1e" % (0.5, F()))
t(lambda: b"%s %b %s" % (b"ab", bytearray(b"cd") if False else b"cd", B()))
t(lambda: b"%.2s|%5s|%-5b|" % (b"abcdef", b"ab", b"cd"))
t(lambda: b"%r %a %.3a" % ("\u00e9", [1, "x"], "abcdef"))
t(lambda: b"%c%c%c %3c|%-3c|" % (65, b"B", 67, 68, 69))
t(lambda: b"%%|%5%|%d%%" % (5,))
t(lambda: b"%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5))
t(lambda: b"%*d" % (-6, 3))
t(lambda: b"%(a)s-%(b)d" % {b"a": b"x", b"b": 5})
t(lambda: b"%(a)s %(a)s" % {b"a": b"twice"})
t(lambda: b"%((nested))s" % {b"(nested)": b"ok"})
t(lambda: b"%s" % {b"k": 1})
t(lambda: b"no args" % ())
t(lambda: b"%s" % b"single")
t(lambda: b"%s %s" % (b"a",))
t(lambda: b"%s" % (b"a", b"b"))
t(lambda: b"x" % 5)
t(lambda: b"%s" % "str")
t(lambda: b"%b" % 5)
t(lambda: b"%d" % "5")
t(lambda: b"%x" % 2.5)
t(lambda: b"%f" % "x")
t(lambda: b"%c" % 256)
t(lambda: b"%c" % b"ab")
t(lambda: b"%c" % "a")
t(lambda: b"%y" % 1)
t(lambda: b"%\xff" % 1)
t(lambda: b"%" % ())
t(lambda: b"%5" % 1)
t(lambda: b"%(a" % {b"a": 1})
t(lambda: b"%(a)s" % (1,))
t(lambda: b"%(a)s" % {})
t(lambda: b"%*d" % ("5", 1))
t(lambda: b"%.*f" % (1.5, 1.0))
t(lambda: b"%s %(a)s" % {b"a": 1})
t(lambda: b"%ld %hd %Lf" % (1, 2, 3.0))
t(lambda: b"%s" % memoryview(b"mv") if False else b"%s" % b"mv")
t(lambda: "%s" % b"bytes in str")
t(lambda: b"%d" % (5,) % ())
