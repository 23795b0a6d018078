# re objects on the heap: references a Match and a scanner hold, sizes, GC tracking, weak references to patterns, the pattern cache
import gc
import re
import sys
import weakref

text = 'the quick brown fox ' * 4
base = sys.getrefcount(text)
m = re.search(r'(\w+) (\w+)', text)
print(sys.getrefcount(text) - base, m.string is text)
whole = re.fullmatch('.*', text).group()
print(whole is text, sys.getrefcount(text) - base)
del whole
g = m.group(1)
print(g, sys.getrefcount(text) - base)
del m
print(sys.getrefcount(text) - base)
it = re.finditer('o', text)
print(sys.getrefcount(text) - base)
print(len(list(it)), sys.getrefcount(text) - base)
del it
print(sys.getrefcount(text) - base)

p = re.compile(r'(?P<a>x)(y)?')
m = p.match('xz')
print(sys.getsizeof(re.compile('')), sys.getsizeof(re.compile('abc')), sys.getsizeof(p))
print(sys.getsizeof(m), sys.getsizeof(re.match('x', 'x')), sys.getsizeof(p.scanner('x')))
print(gc.is_tracked(p), gc.is_tracked(m), gc.is_tracked(p.groupindex), gc.is_tracked(m.regs))
r = weakref.ref(re.compile('weak+ly'))
print(r() is re.compile('weak+ly'), r().pattern)
re.purge()
print(r())
try:
    weakref.ref(m)
except TypeError as e:
    print(e)
print(m.re is p, m.regs is m.regs, m.regs)


class Holder:
    pass


h = Holder()
h.m = re.match('(a)', 'a')
h.self = h
del h
print(gc.collect() >= 1)
