# The built-in iterators and exceptions pickle as CPython 3.11's: __reduce__ gives (iter, (seq,), index) and friends, __setstate__ moves an iterator (clamped), copy.copy copies them; OSError puts its file names back, BlockingIOError counts characters_written.
import copy
e = ValueError(1, 2); e.x = 5
print(e.__reduce__(), copy.copy(e).x)
print(OSError(2, 'No such file', 'f.txt').__reduce__(), OSError(2, 'x', None).args)
print(OSError(2, 'x', 'a', None, 'b').__reduce__())
b = BlockingIOError(11, 'again', 5); print(b.characters_written, b.args)
try: OSError().characters_written
except AttributeError as err: print('AE', err)
print(ImportError('m', name='n').__reduce__())
it = iter([1,2,3]); next(it); print(it.__reduce__()); c = copy.copy(it); print(list(c), list(it))
for x in [iter((1,2)), iter('ab'), iter(b'ab'), iter(bytearray(b'ab')), reversed([1,2,3]), reversed((1,2,3)), iter(range(3)), iter(range(2**64, 2**64+5))]:
    next(x); print(x.__reduce__()); y = copy.copy(x); print(list(y)); x.__setstate__(0); print(list(x), x.__reduce__())
r = iter(range(10)); r.__setstate__(7); print(list(r)); r.__setstate__(3); print(list(r))
l = iter([1,2,3]); l.__setstate__(-5); print(list(l))
try: iter([]).__setstate__('x')
except TypeError as err: print(err)
e.__setstate__({'y': 1}); print(e.y)
try: e.__setstate__(3)
except TypeError as err: print(err)
import copy
z = zip([1,2],[3,4], strict=True); print(z.__reduce__()[0], len(z.__reduce__()), z.__reduce__()[2])
z2 = copy.copy(z); print(list(z2))
z = zip([1],[2]); z.__setstate__(True); print(len(z.__reduce__()))
m = map(abs, [-1, -2]); next(m); print(list(copy.copy(m)), list(m))
f = filter(None, [0, 1, 2]); print(f.__reduce__()[0], list(copy.copy(f)))
e = enumerate('abc', 5); next(e); print(e.__reduce__()[1][1], list(copy.copy(e)))
print(enumerate[int])
class S:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
class N:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
    def __len__(self): return 3
s = iter(S()); print(s.__length_hint__(), iter(N()).__length_hint__()); next(s)
print(s.__reduce__()[2], list(copy.copy(s))); s.__setstate__(-4); print(list(s), s.__reduce__())
c = iter([1,2,3].pop, 1); print(c.__reduce__()[1][1]); print(list(c), c.__reduce__())
