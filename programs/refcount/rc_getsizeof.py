# sys.getsizeof in CPython 3.11 (64-bit): ints by 30-bit digit, floats,
# compact ascii/latin-1/UCS-2 strings, list over-allocation on append,
# tuples, dicts (keys table growth, no shrink on delete), sets, instances.
import sys

print("int:", [sys.getsizeof(n) for n in (0, 1, 2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 100, -1)])
print("float:", sys.getsizeof(1.5), "bool:", sys.getsizeof(True), "None:", sys.getsizeof(None))
print("ascii str by length:", [sys.getsizeof("x" * n) for n in (0, 1, 2, 10, 100)])
print("non-ascii str:", sys.getsizeof("é"), sys.getsizeof("é" * 10), sys.getsizeof("€"),
      sys.getsizeof("€" * 10), sys.getsizeof("😀"), sys.getsizeof("😀" * 10))
print("list: empty", sys.getsizeof([]), "| literal of 3", sys.getsizeof([1, 2, 3]),
      "| list(range(3))", sys.getsizeof(list(range(3))))
grow = []
sizes = []
for i in range(20):
    grow.append(i)
    sizes.append(sys.getsizeof(grow))
print("after each of 20 appends:", sizes)
print("[0] * 10:", sys.getsizeof([0] * 10), "| after clear:", end=" ")
grow.clear()
print(sys.getsizeof(grow))
print("tuple 0..5 items:", [sys.getsizeof(tuple(range(n))) for n in range(6)])
d = {}
dict_sizes = [sys.getsizeof(d)]
for i in range(1, 11):
    d[f"k{i}"] = i
    dict_sizes.append(sys.getsizeof(d))
print("dict with 0..10 str keys:", dict_sizes)
for i in range(1, 10):
    del d[f"k{i}"]
print("after deleting 9 keys:", sys.getsizeof(d), "| dict(int keys 1..5):",
      sys.getsizeof({i: i for i in range(5)}))
s = set()
set_sizes = [sys.getsizeof(s)]
for i in range(10):
    s.add(i)
    set_sizes.append(sys.getsizeof(s))
print("set empty then 10 adds:", set_sizes, "| {1, 2, 3}:", sys.getsizeof({1, 2, 3}))


class Plain:
    pass


class WithAttrs:
    def __init__(self):
        self.a = 1
        self.b = 2


class Slots:
    __slots__ = ("a", "b")


print("instances: plain", sys.getsizeof(Plain()), "| two attrs", sys.getsizeof(WithAttrs()),
      "| __slots__ (a, b)", sys.getsizeof(Slots()))
print("range, frozenset(), bytes b'':", sys.getsizeof(range(10)), sys.getsizeof(frozenset()), sys.getsizeof(b""))
