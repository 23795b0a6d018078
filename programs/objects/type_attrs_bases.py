# Type and descriptor attributes as CPython 3.11 has them: __bases__ assignment with its checks, __class__ assignment's layout messages, __basicsize__/__itemsize__, classmethod/staticmethod copying the wrapped function's attributes and __isabstractmethod__, property.__isabstractmethod__, dict views' .mapping, mappingproxy | and reversed, float.__getformat__, module __annotations__, __module__ of the types CPython builds from a spec, and no __get__ on bound methods, no __bool__ on deque, no __contains__ on dict_values.
import abc, collections, functools, operator, re, sys, time, types
class A: pass
class B: pass
class S: __slots__ = ('x',)
class S2: __slots__ = ('y',)
class I(int): pass
class I2(int): pass
a = A()
for target in [B, S, I, int]:
    try:
        a.__class__ = target; print('ok', type(a).__name__); a.__class__ = A
    except TypeError as e: print(e)
s = S()
try: s.__class__ = S2; print('ok S2')
except TypeError as e: print(e)
i = I(5)
try: i.__class__ = I2; print('ok', type(i).__name__, i)
except TypeError as e: print(e)
class C(A): pass
print(C.__mro__)
C.__bases__ = (B,); print(C.__mro__, C.__base__, A.__subclasses__(), B.__subclasses__())
class M: 
    def hello(self): return 'M'
C.__bases__ = (B, M); print(C().hello(), C.__mro__)
for bad in [[B], (), (1,), (C,), (I,), (S,)]:
    try: C.__bases__ = bad
    except TypeError as e: print(type(e).__name__, e)
try: int.__bases__ = (object,)
except TypeError as e: print(e)
try: del C.__bases__
except TypeError as e: print(e)
class D(C): pass
C.__bases__ = (M,); print(D.__mro__, D().hello())
class E(A):
    def __repr__(self): return 'E!'
class F: pass
class G(F): pass
G.__bases__ = (E,); print(repr(G()))
print(int.__basicsize__, int.__itemsize__, A.__basicsize__, S.__basicsize__, I.__basicsize__, tuple.__itemsize__)
print(object.__basicsize__, list.__basicsize__, bytes.__itemsize__, type.__itemsize__)

def f(x: int) -> int:
    "doc of f"
    return x
for wrap in (classmethod, staticmethod):
    w = wrap(f)
    print(wrap.__name__, w.__name__, w.__qualname__, w.__doc__, w.__module__, w.__annotations__, sorted(w.__dict__), w.__isabstractmethod__)
    w.__dict__ = {'a': 1}
    print(w.a, sorted(w.__dict__))
    try:
        w.__dict__ = 3
    except TypeError as e:
        print(e)
class Base(abc.ABC):
    @classmethod
    @abc.abstractmethod
    def make(cls): pass
    @property
    @abc.abstractmethod
    def size(self): pass
    @staticmethod
    def helper(): pass
print(Base.__dict__['make'].__isabstractmethod__, Base.__dict__['size'].__isabstractmethod__, Base.__dict__['helper'].__isabstractmethod__, property().__isabstractmethod__)
print(sorted(Base.__abstractmethods__))

d = {'a': 1, 'b': 2}
print(d.keys().mapping, d.values().mapping['b'], d.items().mapping == d, type(d.keys().mapping).__name__)
print('__contains__' in dir(type(d.values())), 2 in d.values(), 3 in d.values())
mp = types.MappingProxyType(d)
print(mp | {'c': 3}, {'z': 0} | mp, mp | types.MappingProxyType({'q': 9}), list(reversed(mp)))
try:
    mp |= {'c': 3}
except TypeError as e:
    print(e)
print(float.__getformat__('double'), float.__getformat__('float'))
for bad in ['int', 1]:
    try:
        float.__getformat__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
m = types.ModuleType('m')
print(m.__annotations__, '__annotations__' in m.__dict__)
m.__annotations__ = {'x': int}; print(m.__annotations__)
del m.__annotations__
try:
    del m.__annotations__
except AttributeError as e:
    print('AttributeError', e)
for t in [re.Pattern, re.Match, functools.partial, operator.itemgetter, operator.attrgetter, operator.methodcaller, time.struct_time, collections.deque, type(sys.flags)]:
    print(t.__name__, t.__module__, '__module__' in t.__dict__)
class K:
    def meth(self): return self
bound = K().meth
print(hasattr(bound, '__get__'), hasattr(collections.deque, '__bool__'), bool(collections.deque()), bool(collections.deque([1])))
class Holder:
    m = bound
print(Holder().m is bound)
