# The common builtins on small examples: print(sep/end), conversions,
# type checks, min/max/sum/sorted with keys, enumerate/zip/reversed,
# iter/next, getattr & co., divmod/pow/round/abs, chr/ord, any/all, map/filter.

print("a", "b", "c", sep="-", end="!\n")
print("no newline", end="")
print(" ... continued", 1, 2.0, None, True, sep=" | ")
print()
print(len("heap"), len([1, 2]), len({"a": 1}), len(range(0, 10, 3)), len(()), len({1, 2, 2}))
print(list(range(5)), list(range(2, 12, 3)), list(range(5, 0, -2)), range(3), range(0, 10, 2)[-1])
print(repr("x"), str(42), int("ff", 16), int("0o17", 0), int(3.9), int("-12"), float("2.5"), float(3))
print(bool(0), bool(""), bool([0]), bool(None), bool(0.0), bool("False"), str(True), int(True))
print(type(1).__name__, type("s").__name__, type([]) is list, type(None).__name__, type(type).__name__)
print(isinstance(3, int), isinstance(True, int), isinstance(3.0, (int, str)), issubclass(bool, int), issubclass(int, object))
print(list("abc"), tuple([1, 2]), set([3, 3, 1]), dict([("k", 1), ("v", 2)]), dict(a=1, b=2), list({"x": 0}))
print(list(), tuple(), dict(), set(), str(), int(), float(), dict(zip("ab", [1, 2])), dict({"a": 1}, b=2))
temps = [22.5, 19.0, 24.8, 18.2]
print(min(temps), max(temps), min(3, 1, 2), max("apple", "fig", key=len), min([], default="empty"))
print(max([("ann", 31), ("bob", 25)], key=lambda p: p[1]), min("hello"), max({1: "a", 5: "b"}))
print(sum(temps), sum([1, 2, 3], 10), sum([[1], [2]], []), round(sum(temps) / len(temps), 3))
print(abs(-4), abs(3.5), abs(-0.0), divmod(17, 5), divmod(-17, 5), pow(2, 8), pow(2, 8, 10), pow(2.0, 3))
print(round(3.14159, 2), round(2.5), round(3.5), round(-1.5), round(1234, -2), round(0.1 + 0.2, 1))
print(chr(65), chr(0x3bb), ord("a"), ord("€"), [chr(c) for c in range(ord("a"), ord("f"))])
for i, name in enumerate(["ann", "bob", "cy"], start=1):
    print(i, name, end="; ")
print()
print(list(enumerate("ab")), list(zip([1, 2, 3], "abc", [True, False])), list(zip()))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), "".join(reversed("stack")))
print(sorted([3, 1, 2]), sorted("cba"), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"), next(iter(()), None))
print(any([0, "", None]), any([0, 1]), all([1, "x"]), all([]), any([]))
print(list(map(str.upper, ["a", "b"])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(lambda n: n > 1, [0, 1, 2, 3])))


class Config:
    debug = False


cfg = Config()
setattr(cfg, "level", 3)
print(getattr(cfg, "level"), getattr(cfg, "debug"), getattr(cfg, "missing", "n/a"), hasattr(cfg, "level"))
delattr(cfg, "level")
print(hasattr(cfg, "level"), hasattr(Config, "debug"), callable(print), callable(cfg))
a = [1, 2]
b = a
print(id(a) == id(b), id(a) == id([1, 2]), hash(1) == hash(1.0), hash("x") == hash("x"), hash((1, 2)) == hash((1, 2)))
print(hex(255)[2:], hex(-42)[3:], bin(10), oct(8), format(255, "x"), format(1234.5, ",.1f"), format("s", ">3"))
print(str(-0), list(range(3))[::-1], [*range(3)], {**{"a": 1}, "b": 2}, (lambda *a: a)(1, 2))
print(isinstance(print, object), type(len).__name__, type(lambda: 0).__name__, object().__class__.__name__)
