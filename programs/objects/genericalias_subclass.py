# types.GenericAlias constructed directly and subclassed (as collections.abc's _CallableGenericAlias is), with its argument errors.
GenericAlias = type(list[int])
g = GenericAlias(dict, (str, int))
print(g, g.__origin__, g.__args__, g == dict[str, int], GenericAlias(list, int))
class CallableAlias(GenericAlias):
    __slots__ = ()
    def __new__(cls, origin, args):
        return super().__new__(cls, origin, args)
    def __repr__(self):
        return "CallableAlias<" + super().__repr__() + ">"
c = CallableAlias(tuple, (int, str))
print(c, type(c).__name__, c.__args__, isinstance(c, GenericAlias), c == tuple[int, str])
for f in [lambda: GenericAlias(), lambda: GenericAlias(list), lambda: GenericAlias(list, int, 3), lambda: GenericAlias(list, int, x=1)]:
    try: f()
    except TypeError as e: print("TypeError", e)
