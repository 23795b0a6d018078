# A key added to a set after deletions takes the last deleted slot its probe passes, as CPython 3.11's set_add_entry does, so the order of ^, ^= and re-adds matches.
a = set([7, 12, 2, -2, 6, 10])
b = set([7, 12, 2])
print(a ^ b, b ^ a)
print(a.symmetric_difference(b), b.symmetric_difference(a))
c = a.copy()
c ^= b
print(c)
s = set(range(8))
for x in (1, 3, 5):
    s.discard(x)
for x in (-2, -10, 17, 25, 33):
    s.add(x)
print(s)
t = {-1, -2, -3, -4}
t.discard(-2)
t.discard(-3)
t.add(-18)
t.add(6)
print(t)
