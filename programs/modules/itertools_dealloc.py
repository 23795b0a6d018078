# When items flowing through itertools are freed (__del__ timing): items
# islice skips and the input it drops once done, items dropwhile and
# filterfalse discard, the value that stops takewhile, groups groupby
# skips, tee buffers freed once every copy has passed them, and the order
# in which a dropped iterator releases what it holds.
from itertools import (islice, dropwhile, takewhile, filterfalse, groupby, tee, cycle, repeat, chain,
                       accumulate, zip_longest, pairwise, product, compress, starmap, count)


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)

    def __repr__(self):
        return self.name


def fresh(prefix, n):
    return (D("%s%d" % (prefix, i)) for i in range(n))


print("islice skips:")
s = islice(fresh("s", 6), 1, None, 2)
for x in s:
    print(" got", x)
    del x
print(" end of loop")
del s

print("islice stop drops its input at once:")
src = iter([D("i0"), D("i1"), D("i2")])
s = islice(src, 1)
print(" got", next(s))
del src
print(" asking again")
print(" ->", next(s, "done"))
print(" islice still alive")
del s

print("dropwhile:")
dw = dropwhile(lambda v: v.name != "d2", fresh("d", 4))
v = next(dw)
print(" first kept", v)
del v, dw

print("takewhile:")
tw = takewhile(lambda v: v.name != "t1", fresh("t", 3))
print(" ->", list(tw))
del tw

print("filterfalse:")
print(" ->", [v.name for v in filterfalse(lambda v: v.name.endswith("1"), fresh("f", 3))])

print("compress:")
print(" ->", [v.name for v in compress(fresh("c", 3), [0, 1, 0])])

print("groupby skipping a group:")
gb = groupby(fresh("g", 5), key=lambda v: int(v.name[1]) // 2)
k, g = next(gb)
print(" key", k)
k, g = next(gb)
print(" key", k, "first", next(g))
k, g = next(gb)
print(" key", k)
del gb, g
print(" groupby gone")

print("tee buffer:")
a, b = tee(fresh("e", 3))
x = next(a)
del x
print(" a read e0")
y = next(b)
del y
print(" b read e0")
print(" a rest", list(a))
print(" b rest")
for y in b:
    print("  b got", y)
    del y
print(" deleting tees")
del a, b

print("cycle keeps its copies:")
c = cycle(fresh("y", 2))
print(" ->", next(c), next(c), next(c))
del c
print(" cycle gone")

print("repeat releases its element with itself:")
r = repeat(D("rep"), 2)
print(" ->", list(r))
del r

print("accumulate holds the running total:")
acc = accumulate(fresh("a", 3), lambda t, v: v)
for t in acc:
    print(" total", t)
del t
print(" done")
del acc

print("pairwise holds the last item:")
pw = pairwise(fresh("p", 3))
for pair in pw:
    print(" pair", pair)
del pair
print(" exhausted")
del pw

print("zip_longest result reuse frees old items:")
zl = zip_longest(fresh("z", 2), fresh("w", 1), fillvalue=D("fill"))
for t in zl:
    print(" ", t)
del t
print(" exhausted")
del zl

print("product pools:")
p = product([D("pa"), D("pb")], [D("pc")])
print(" first", next(p))
del p

print("chain drops each input when done:")
ch = chain(iter([D("h0")]), iter([D("h1")]))
for v in ch:
    print(" got", v)
    del v
print(" chain exhausted")
del ch

print("starmap:")
print(" ->", list(starmap(lambda v: v.name, [(D("sm0"),), (D("sm1"),)])))

print("order of release in a dealloc:")
gb = groupby([D("val")], key=lambda v: D("key"))
k, g = next(gb)
del k, g
print(" dropping groupby")
del gb
zl = zip_longest([D("zi")], fillvalue=D("zf"))
print(" dropping zip_longest")
del zl
sl = islice(count(), 0)
del sl
print("end")

print("tee blocks of 57 values are freed whole, once both copies passed:")
freed = []


class Counted:
    def __init__(self, i):
        self.i = i

    def __del__(self):
        freed.append(self.i)


a, b = tee(Counted(i) for i in range(130))
for x in a:
    pass
del x
print(" a at the end, freed", len(freed))
for i, y in enumerate(b):
    del y
    if i in (55, 56, 57, 58, 113, 114):
        print(" b read", i, "freed", len(freed))
print(" b at the end, freed", len(freed))
del a
print(" a dropped, freed", len(freed), freed[:3], freed[-3:])
del b
print(" b dropped, freed", len(freed))
