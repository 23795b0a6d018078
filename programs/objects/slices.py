# Slice assignment and deletion, reverse sorts, split with maxsplit 0, insert clamping.
a = list(range(10)); a[2:5] = "xy"; print(a)
a = list(range(10)); a[::3] = "abcd"; print(a)
a = list(range(10)); del a[::-3]; print(a)
a = list(range(10)); del a[1:8:2]; print(a)
a = list(range(5)); a[:] = a; print(a)
a = list(range(5)); a[1:1] = a; print(a)
a = list(range(5)); a[10:] = [9]; print(a)
a = list(range(5)); a[-100:2] = []; print(a)
try:
    a = list(range(5)); a[::2] = [1]
except ValueError as e: print(e)
try:
    a = list(range(5)); a[1:2] = 5
except TypeError as e: print(e)
print(sorted([(1, 'a'), (0, 'b'), (1, 'c')], key=lambda t: t[0], reverse=True))
a = [3, 1, 2]; a.sort(key=lambda x: x, reverse=True); print(a)
s = "a b c"; print(s.split(None, 0), " a b ".rsplit(None, 0), s.rsplit(" ", 1))
l = [1, 2, 3, 4]; l.insert(-1, 9); l.insert(100, 8); l.insert(-100, 7); print(l)
