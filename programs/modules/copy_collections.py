# copy.copy and copy.deepcopy as tutorials use them: user objects (dict, __slots__, __getstate__/__setstate__), list and dict subclasses, and the collections and functools types (deque, defaultdict, OrderedDict, Counter, namedtuple, partial) through their reduce methods.
import copy
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from functools import partial
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, [2, 3])
q = copy.copy(p)
r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
s = Slotted()
t = copy.deepcopy(s)
print(t.a, t.a is s.a, hasattr(t, "b"))
class Custom:
    def __init__(self): self.v = 1; self.cache = {"big": 1}
    def __getstate__(self):
        st = self.__dict__.copy(); del st["cache"]; return st
    def __setstate__(self, st):
        self.__dict__.update(st); self.cache = {}
c = copy.deepcopy(Custom())
print(c.v, c.cache)
class MyList(list):
    pass
ml = MyList([1, [2]]); ml.tag = "t"
ml2 = copy.deepcopy(ml)
print(ml2, type(ml2).__name__, ml2.tag, ml2[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1))
print(md, type(md).__name__)
print(Point(1, 2).__reduce_ex__(2)[0].__name__, Point(1, 2).__reduce_ex__(2)[1][0].__name__, Point(1, 2).__reduce_ex__(2)[2])
print(object().__reduce__()[0].__name__ if hasattr(object().__reduce__()[0], '__name__') else object().__reduce__())
print(copy.copy(5), copy.deepcopy((1, [2]))[1], copy.copy([1, 2]))
print(Point(3, 4).__getstate__(), Slotted().__getstate__())
d = deque([1, [2]], maxlen=5)
print(copy.copy(d), copy.deepcopy(d), copy.deepcopy(d)[1] is d[1])
dd = defaultdict(list, a=[1])
print(copy.copy(dd), copy.deepcopy(dd)['a'] is dd['a'])
od = OrderedDict(a=[1], b=2)
print(copy.copy(od), copy.deepcopy(od), copy.deepcopy(od)['a'] is od['a'])
print(copy.deepcopy(Counter('aab')))
P = namedtuple('P', 'x y')
print(copy.deepcopy(P(1, [2])))
p = partial(max, 1, key=abs)
print(copy.copy(p)(-5), copy.deepcopy(p).args)
