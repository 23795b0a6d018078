# product, permutations, combinations and combinations_with_replacement:
# values, repeat=, r larger than the pool, empty inputs, __reduce__ and
# __setstate__ round trips, __sizeof__.
import sys
from itertools import product, permutations, combinations, combinations_with_replacement as cwr, islice

print(list(product("ab", range(3))))
print(list(product((0, 1), repeat=3)))
print(list(product("ab", "xy", repeat=2))[:5], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product(repeat=3)), list(product("ab", repeat=0)), list(product("ab", [])))
print(list(product([1, 2], iter([3, 4]))))
print(list(permutations("ABCD", 2)))
print(list(permutations(range(3))))
print(list(permutations("ab", 3)), list(permutations("ab", 0)), list(permutations([])), list(permutations("abc", r=None)))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(4), 3)), list(combinations("ab", 3)), list(combinations("ab", 0)), list(combinations([], 0)))
print(list(cwr("ABC", 2)))
print(list(cwr(range(3), 3))[:6], list(cwr("", 2)), list(cwr("", 0)), list(cwr("ab", 0)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(cwr(range(5), 4))))
print(len(list(product(range(4), repeat=4))))

# __reduce__ and __setstate__
p = product("ab", [1, 2, 3])
print(p.__reduce__())
print(next(p), next(p), p.__reduce__())
p2 = product("ab", [1, 2, 3])
p2.__setstate__((1, 1))
print(list(p2))
p3 = product("ab", [1, 2, 3])
p3.__setstate__((-5, 99))
print(list(p3))
p4 = product("ab", [])
p4.__setstate__((0, 0))
print(list(p4), p4.__reduce__())
list(p)
print(p.__reduce__())

c = combinations("abcd", 2)
print(c.__reduce__())
print(next(c), next(c), c.__reduce__())
c2 = combinations("abcd", 2)
c2.__setstate__((1, 3))
print(list(c2))
c3 = combinations("abcd", 2)
c3.__setstate__((9, -4))
print(list(c3))
list(c)
print(c.__reduce__())
print(combinations("ab", 5).__reduce__(), list(combinations("ab", 5)))

w = cwr("abc", 2)
print(next(w), next(w), w.__reduce__())
w2 = cwr("abc", 2)
w2.__setstate__((1, 2))
print(list(w2))
list(w)
print(w.__reduce__())

pm = permutations("abc", 2)
print(pm.__reduce__())
print(next(pm), next(pm), next(pm), pm.__reduce__())
pm2 = permutations("abc", 2)
pm2.__setstate__(((1, 0, 2), (2, 1)))
print(list(pm2))
pm3 = permutations("abc", 2)
pm3.__setstate__(((5, -1, 2), (0, 9)))
print(list(pm3))
list(pm)
print(pm.__reduce__())
try:
    permutations("ab").__setstate__(((0, 1), (1, 2, 3)))
except ValueError as e:
    print("ValueError:", e)

# __sizeof__ counts the index arrays.
base = sys.getsizeof(object())
for it in [product(), product("a", "b", "c"), product("ab", repeat=4), combinations("abc", 2),
           combinations("abc", 0), cwr("ab", 5), permutations("abcd"), permutations("abcd", 2),
           permutations("")]:
    print(type(it).__name__, sys.getsizeof(it), it.__sizeof__())


class MyProduct(product):
    pass


mp = MyProduct("ab", repeat=2)
print(list(islice(mp, 3)), mp.__reduce__()[0].__name__, sys.getsizeof(mp) - sys.getsizeof(product("ab", repeat=2)))
