# While the main module runs, the parser's arena holds one reference to
# each constant the source spells out (a docstring, a folded -7777 or
# 2 ** 40, a tuple and its items, bytes, f-string text, dict keys and
# values), and equal constants are one object across the module's code
# objects.
import sys
rc = sys.getrefcount
def f():
    "a docstring here!"
    return 1
print(rc(f.__doc__))
x = -7777
print(rc(x))
y = 2 ** 40
print(rc(y))
z = (1, 2, "three four")
print(rc(z), rc(z[2]))
w = b"bytes lit"
print(rc(w))
name = "identifier_like"
print(rc(name))
v = f"pre {x} post"
print(rc(v))
k = {"key one": 1.5, "key two": 2.5}
print([rc(kk) for kk in k], [rc(vv) for vv in k.values()])
fl = 3.25
print(rc(fl))
cx = 2j
print(rc(cx))
s2 = "xyz! q"
s3 = "xyz! q"
print(rc(s2), s2 is s3)
def g():
    return "only in g!"
print(rc(g()))
fs = frozenset({1, 2})
print(1 in {5, 6, 7})
ex = ...
print(len("a" * 3))
