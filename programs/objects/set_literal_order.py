# The order a set display of constants iterates in. CPython 3.11 folds the
# constants into a frozenset (built from the source order, then rebuilt
# from that frozenset's own order when the compiler merges constants); a
# display is BUILD_SET + SET_UPDATE of it, which merges table to table into
# a new table of a different size; `for x in {...}` iterates the frozenset
# itself. Colliding and resized tables show the difference. (ints, floats
# and tuples only: the hashes of str and None vary from run to run in
# CPython.)

print({3, 1, 2}, [x for x in {3, 1, 2}])
for x in {3, 1, 2}:
    print(x, end=" ")
print()

displays = [
    {133, 984, 634, 43, 1388, 28, 44},
    {705, 513, 69, 38, 5, 47},
    {64, 65, 1120, 33, 744, 1609, 542, 1055},
    {32, 560, 948, 42, 1325, 1999},
    {1410, 1315, 1126, 487, 717, 1752, 49, 600, 858, 604},
    {1351, 8, 40, 1007, 983, 21, 503, 600, 1016, 1915, 1693, 24},
    {8, 16, 0, 24, 32, 40, 48},
    {-1, -2, 2.5, 0.5, (1, 2), (2, 1), 2 ** 70, 7},
]
for d in displays:
    print(d)

print("iterating the constants directly:")
for x in {133, 984, 634, 43, 1388, 28, 44}:
    print(x, end=" ")
print()
for x in {705, 513, 69, 38, 5, 47}:
    print(x, end=" ")
print()
for x in {64, 65, 1120, 33, 744, 1609, 542, 1055}:
    print(x, end=" ")
print()
for x in {1410, 1315, 1126, 487, 717, 1752, 49, 600, 858, 604}:
    print(x, end=" ")
print()
for x in {8, 16, 0, 24, 32, 40, 48}:
    print(x, end=" ")
print()

print("mixed with names and starred items (built at run time):")
a, b = 1352, 9
print({a, b, 8, 40, 1007}, {*[600, 1016, 24], 1915, 1693})
print(sorted({133, 984, 634}) == [133, 634, 984], 43 in {133, 984, 634, 43, 1388})
s = {133, 984, 634, 43, 1388, 28, 44}
s.update({1, 2, 3, 100, 200, 300})
print(s)
print(frozenset({133, 984, 634, 43, 1388, 28, 44}), set(frozenset({705, 513, 69, 38, 5, 47})))
