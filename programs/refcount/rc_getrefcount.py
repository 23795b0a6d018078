# What sys.getrefcount reports (spec 1.2): its own argument counts once, so
# one name gives 2. Statically allocated objects (None, small ints, the empty
# tuple, 1-char strings) report huge counts, pinned here only as inequalities.
import sys


class C:
    pass


x = C()
print("fresh instance, one name:", sys.getrefcount(x))
lst = [x]
print("also in a list:", sys.getrefcount(x))
d = {"k": x}
print("also in dict value:", sys.getrefcount(x))
t = (x,)
print("also in tuple:", sys.getrefcount(x))
del lst, d, t
print("after del containers:", sys.getrefcount(x))


def inside(arg):
    print("inside function arg:", sys.getrefcount(arg))
    alias = arg
    print("inside function arg + local alias:", sys.getrefcount(arg))


inside(x)
y = x
print("two names:", sys.getrefcount(x))
y = C()
print("rebind one:", sys.getrefcount(x))
print("list literal []:", sys.getrefcount([]))
print("fresh instance passed directly:", sys.getrefcount(C()))
big = int("257")
print("runtime int 257, one name:", sys.getrefcount(big))
huge = 2 ** int("100")
print("runtime big int, one name:", sys.getrefcount(huge))
text = "".join(["hello", "_", "world"])
print("runtime str, one name:", sys.getrefcount(text))
pair = tuple([x, y])
print("runtime tuple, one name:", sys.getrefcount(pair))
print("None > 100:", sys.getrefcount(None) > 100)
print("True > 100, False > 100:", sys.getrefcount(True) > 100, sys.getrefcount(False) > 100)
print("small ints 0, 1, 256, -5 > 100:",
      [sys.getrefcount(n) > 100 for n in (int("0"), int("1"), int("256"), int("-5"))])
print("empty tuple > 100:", sys.getrefcount(()) > 100)
print("one-char str 'a' > 100:", sys.getrefcount(chr(97)) > 100)
small = int("7")
before = sys.getrefcount(small)
keep = [small] * 10
print("small int still counts references:", sys.getrefcount(small) - before)
