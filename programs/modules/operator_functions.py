# operator's functions are _operator's C functions (Lib/operator.py's "from _operator import *"): results, length_hint, _compare_digest, concat / iconcat and CPython's argument errors
import operator
import _operator
print(operator.add(1, 2), operator.sub(5, 3), operator.mul("a", 3), operator.truediv(1, 4), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(3), operator.pos(-3), operator.abs(-3), operator.inv(5), operator.invert(5))
print(operator.lshift(1, 3), operator.rshift(8, 1), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
l = [1]
print(operator.iconcat(l, [2]) is l, l, operator.iadd(l, [3]) is l, operator.iadd(1, 2))
d = {}
operator.setitem(d, "a", 1); print(d, operator.getitem(d, "a")); operator.delitem(d, "a"); print(d)
print(operator.index(5), operator.length_hint([1, 2]), operator.length_hint(iter(range(10))), operator.length_hint(object(), 7))
print(operator.call(max, 1, 5, 2), operator.call(sorted, [3, 1, 2], reverse=True))
print(_operator._compare_digest("abc", "abc"), _operator._compare_digest(b"abc", b"abd"), _operator._compare_digest("a", "ab"))
print(operator.matmul.__doc__, operator.add.__name__, operator.truth.__doc__)
print(operator.itemgetter is _operator.itemgetter, operator.add, operator.__add__ is operator.add, operator.__doc__.splitlines()[0])
print(sorted(n for n in dir(_operator) if not n.startswith("__")))
print(sorted(n for n in dir(operator) if not n.startswith("__")))
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)
err(operator.concat, 1, 2)
err(operator.concat, [1], (2,))
err(operator.iconcat, 1, [2])
err(operator.iconcat, "a", 1)
err(operator.add, 1)
err(operator.setitem, 1, 2)
err(operator.indexOf, [1, 2], 3)
err(operator.countOf, 3, 3)
err(operator.index, 1.5)
err(operator.length_hint, 5, "x")
err(operator.length_hint, 5, 1, 2)
err(_operator._compare_digest, "é", "é")
err(_operator._compare_digest, 1, 2)
err(_operator._compare_digest, b"a", "a")
err(_operator._compare_digest, "a", b"a")
err(operator.call)
class H:
    def __init__(self, h): self.h = h
    def __length_hint__(self): return self.h
for h in [-1, "x", 2**70, NotImplemented, 4]:
    err(operator.length_hint, H(h))
class Bad:
    def __len__(self): raise TypeError("no len")
    def __length_hint__(self): return 3
err(operator.length_hint, Bad())
class BadHint:
    def __length_hint__(self): raise TypeError("no")
err(operator.length_hint, BadHint(), 9)
class BadHint2:
    def __length_hint__(self): raise ValueError("no")
err(operator.length_hint, BadHint2(), 9)
class Seq:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
    def __add__(self, o): return "added"
    def __iadd__(self, o): return "iadded"
print(operator.concat(Seq(), Seq()), operator.iconcat(Seq(), Seq()), operator.countOf(Seq(), 1), operator.indexOf(Seq(), 2))

