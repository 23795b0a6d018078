# array.array: sizes with CPython's over-allocation, slicing and slice assignment, the list-like methods, bytes and files (a BytesIO), comparisons, concatenation and repetition, pickling through __reduce_ex__ and _array_reconstructor, the iterator, subclasses
import array as arraymod
import sys
from array import array

for tc in arraymod.typecodes:
    print(tc, array(tc).itemsize, sys.getsizeof(array(tc)), sys.getsizeof(array(tc,[0]*10 if tc!='u' else 'abcdefghij')))
a=array('i')
s=[]
for i in range(40): a.append(i); s.append(sys.getsizeof(a))
print(s)
s=[]
for i in range(40): a.pop(); s.append(sys.getsizeof(a))
print(s)
print(repr(array('u','hé😀')), array('u','hé😀').tobytes()[:8], array('u', 'ab').tounicode())
print(arraymod.ArrayType is array, array.__module__, type(iter(array('b'))))
a = array('i', [1, 2, 3, 4, 5])
print(a, a[1], a[-1], a[1:3], a[::2], a[::-1], a[10:], repr(array('d', [1.5, 2.25])), array('f', [0.1]))
a[1] = 20; a[2:4] = array('i', [7, 8, 9]); print(a)
del a[0]; print(a); del a[::2]; print(a)
a = array('i', range(10)); del a[::-3]; print(a)
a = array('i', range(10)); a[::2] = array('i', [0]*5); print(a)
a = array('i', range(5)); a[1:4] = a; print(a)
a = array('b', b'\x01\x02'); print(a, a.tobytes(), a.tolist(), a.count(1), a.index(2), 2 in a, 7 in a)
a.extend([3, 4]); a.extend(array('b', [5])); a.fromlist([6]); a.frombytes(b'\x07'); a.insert(0, -1); a.insert(-1, 99); print(a)
a.reverse(); print(a, a.pop(), a.pop(0), a)
a.remove(99); print(a)
a = array('h', [1, 256]); a.byteswap(); print(a)
print(array('i', [1, 2]) == array('i', [1, 2]), array('i', [1, 2]) < array('i', [1, 3]), array('i', [1]) < array('d', [1.5]), array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i') == [])
print(array('i', [1, 2]) + array('i', [3]), array('i', [1, 2]) * 2, 2 * array('u', 'ab'))
b = array('i', [1]); b += array('i', [2]); b *= 3; print(b)
print(array('i', (x * x for x in range(4))), array('d', array('i', [1, 2])), array('I', b'\x01\x00\x00\x00'))
print(array('i', [1, 2]).__reduce_ex__(2), array('i', [1, 2]).__reduce_ex__(3), array('u', 'x').__reduce_ex__(4))
print(arraymod._array_reconstructor(array, 'i', 9, b'\x00\x00\x00\x01'), arraymod._array_reconstructor(array, 'd', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'))
it = iter(array('i', [1, 2, 3])); next(it); print(it.__reduce__()); it.__setstate__(2); print(list(it), it.__reduce__())
print(array('i', [1, 2]).buffer_info()[1], array('i', [1, 2]).__copy__(), sorted(n for n in dir(arraymod) if not n.startswith('__')))
a = array('i', [5, 6, 7]); import _io; f = _io.BytesIO(); a.tofile(f); f.seek(0); c = array('i'); c.fromfile(f, 2); print(c)
try: c.fromfile(f, 5)
except EOFError as e: print('EOFError', e, c)
print(bytes(array('h', [1, 2])), _io.BytesIO(b"abcd").readinto(array('b', [0, 0])))
class A(array):
    pass
x = A('i', [1]); x.tag = 1; print(x, x.__reduce_ex__(3), type(x + x), type(x[:]))
