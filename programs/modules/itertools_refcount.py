# Exact refcounts around itertools: what each iterator holds (repeat's
# element, cycle's saved copies, tee's buffer, groupby's current value and
# key, accumulate's total), result tuples that product, combinations,
# permutations and zip_longest reuse when the caller let go (same id, one
# extra reference), pairwise's fresh pairs, and sys.getsizeof of each type.
import sys
import itertools
from itertools import (repeat, cycle, tee, groupby, accumulate, product, combinations, permutations,
                       combinations_with_replacement, zip_longest, pairwise, count, chain, islice, starmap)


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


rc = sys.getrefcount
o = Obj("o")
print("base", rc(o))
r = repeat(o, 3)
print("repeat holds", rc(o))
x = next(r)
print("after next", rc(o))
del x
list(r)
print("exhausted repeat still holds", rc(o))
del r
print("repeat freed", rc(o))

items = [Obj("a"), Obj("b")]
print("list", rc(items[0]))
c = cycle(items)
next(c)
print("cycle saved a", rc(items[0]), rc(items[1]))
next(c)
next(c)
print("second pass", rc(items[0]), rc(items[1]))
del c
print("cycle freed", rc(items[0]), rc(items[1]))

a, b = tee(items)
next(a)
print("tee buffered a", rc(items[0]), rc(items[1]))
next(a)
next(b)
print("both read a", rc(items[0]), rc(items[1]))
del a, b
print("tee freed", rc(items[0]))

data = [Obj("k1"), Obj("k1b"), Obj("k2")]
gb = groupby(data, key=lambda v: v.name[:2])
k, g = next(gb)
print("groupby first", k, rc(data[0]), rc(data[1]), rc(data[2]))
v = next(g)
print("grouper took k1", rc(data[0]))
del v
k2, g2 = next(gb)
print("groupby second", k2, rc(data[0]), rc(data[1]), rc(data[2]))
del gb, g, g2, k, k2
print("groupby freed", rc(data[0]), rc(data[1]), rc(data[2]))

nums = [Obj("n1"), Obj("n2")]
acc = accumulate(nums, lambda t, v: v)
t1 = next(acc)
print("accumulate total", rc(nums[0]))
t2 = next(acc)
print("accumulate total moved", rc(nums[0]), rc(nums[1]))
del acc, t1, t2

# Result tuples reused when nobody else holds them.
for make in [lambda: product("ab", "cd"), lambda: combinations("abcd", 2),
             lambda: combinations_with_replacement("abc", 2), lambda: permutations("abc", 2),
             lambda: zip_longest("abc", "de"), lambda: pairwise("abcd")]:
    it = make()
    first = next(it)
    first_id = id(first)
    print(type(it).__name__, "held", rc(first), end=" ")
    del first
    second = next(it)
    print("reused", id(second) == first_id, rc(second), end=" ")
    keep = second
    third = next(it)
    print("kept", id(third) == id(keep), rc(third), rc(keep))
    del keep, second, third, it

p = product([o], [o, o])
t = next(p)
print("product items", rc(o), t)
del t
t = next(p)
print("reused product", rc(o))
del p
print("product freed", rc(o), t)
del t
print("tuple freed", rc(o))

# starmap passes the argument tuple's items.
def show_rc(x):
    return rc(x)


print("starmap", list(starmap(show_rc, [(o,)])), "direct", show_rc(o))

# Sizes (sys.getsizeof) of every type.
for it in [accumulate([]), chain(), combinations([], 0), combinations_with_replacement([], 0), itertools.compress([], []),
           count(), cycle([]), itertools.dropwhile(None, []), itertools.filterfalse(None, []), groupby([]),
           islice([], 0), pairwise([]), permutations([]), product(), repeat(None), starmap(None, []),
           itertools.takewhile(None, []), tee([])[0], zip_longest()]:
    print(type(it).__name__, sys.getsizeof(it))
gb = groupby("a")
print(sys.getsizeof(next(gb)[1]), sys.getsizeof(tee([])[0].__reduce__()[2][0]))


class C(count):
    pass


print(sys.getsizeof(C()), sys.getsizeof(count()))
