# types.GenericAlias (Objects/genericaliasobject.c): list[int], dict[str, int],
# tuple[int, ...], type[int]: repr, __origin__/__args__/__parameters__,
# equality and hash, calling the origin, attributes looked up on the origin,
# use as a base class, and the isinstance/issubclass refusals.
import sys

aliases = [list[int], dict[str, int], tuple[int, ...], tuple[()], set[frozenset[bytes]],
           type[int], list[list[int]], dict[str, list[int] | None]]
for a in aliases:
    print(repr(a), a.__origin__, a.__args__, a.__parameters__)

GA = type(list[int])
print(GA, GA.__name__, GA.__module__)
print(GA(list, int), GA(dict, (str, int)), GA(list, int) == list[int])
try:
    GA(list)
except TypeError as e:
    print("TypeError:", e)

print(list[int] == list[int], list[int] == list[str], list[int] == list, list[int] != dict[int])
print(hash(list[int]) == hash(list[int]), len({list[int], list[int], list[str]}))

# Calling makes the origin's instance.
x = list[int]((1, 2, 3))
print(x, type(x))
d = dict[str, int](a=1)
print(d, type(d))

# Attributes other than the alias's own come from the origin.
print(list[int].__name__, list[int].__qualname__, list[int].__module__, list[int].append)
print(list[int].__class__, dict[str, int].fromkeys("ab"))


# A generic alias as a base class stands for its origin.
class MyList(list[int]):
    pass


print(MyList.__mro__, MyList.__orig_bases__, MyList([1, 2]))

for check in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])]:
    try:
        check()
    except TypeError as e:
        print("TypeError:", e)

try:
    str[int]
except TypeError as e:
    print("TypeError:", e)
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)

print(sys.getsizeof(list[int]))
print(list[int].__reduce__())
