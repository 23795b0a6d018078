# '%s' % (a, b) with a tuple display compiles to an f-string as CPython 3.11's AST optimizer makes it (optimize_format): same bytecode, no tuple allocated.
x, y = "ab", 0
print("%s|%r|%5s|%-6s|" % ("MiXeD CaSe", "a\tb\nc", "MiXeD CaSe"[:2], y))
print("%s" % (x,), "%%%s%%" % (x,), "%.1s|%-3.2r|%a" % (x, x, "é"))
print("%d %s" % (3, x), "%s %s" % (x,) if False else "", "%05s|%+s|%#s|% s" % (x, x, x, x))
print("%zs" % (x,) if False else "")
print("%s%s" % (x, x), "%s" % (x, y) if False else "")
try:
    print("%s %s" % (x,))
except TypeError as e:
    print(e)
try:
    print("%s" % (x, y))
except TypeError as e:
    print(e)
print("%1000s" % (x,) == " " * 998 + "ab", "%99s" % (x,) == " " * 97 + "ab")
print("%s" % (*[x],))
def f():
    return "%s-%r" % (x, y)
import dis
dis.dis(f)
for f in ["%.s", "%5.s", "%-5.2s", "%99.99s", "%100s", "%.100s", "%5", "%", "%-", "%.", "%5.", "%s%", "%%", "%%s", "%0-5r", "%#5a"]:
    try:
        print(repr(f), repr(eval(repr(f) + " % (x,)")))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
    try:
        print(repr(f), repr(f % (x,)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
