# str, bytes and memoryview hashes are CPython's with PYTHONHASHSEED=0
# (SipHash-1-3 over the str's one-, two- or four-byte code units), so sets
# of strings iterate in CPython's order, and tuples, frozensets and
# compiled patterns that hold them hash as CPython's do.
import re

words = ["", "a", "abc", "abcdefgh", "abcdefghi", "é", "ünïcödé", "€uro", "日本語", "😀", "a😀b", "x" * 40]
for w in words:
    print(repr(w), hash(w), hash(w) == w.__hash__(), hash(w.encode()), hash(memoryview(w.encode())))

fruit = {"apple", "banana", "cherry", "date", "elderberry", "fig", "grape"}
print(fruit)
print(set("mississippi"), set("hello world"), {"été", "hiver", "printemps", "automne"})
print(sorted(fruit) == sorted(list(fruit)), list({"x": 1, "y": 2}))
print(hash(("a", 1, "b")), hash(("日本", (2, "x"))), {("a", 1), ("b", 2), ("c", 3), ("d", 4)})
print(hash(frozenset(["a", "b"])), {frozenset(["x"]), frozenset(["y", "z"]), frozenset()})
print(hash(re.compile("a+b")), hash(re.compile(rb"x(y)z", re.I)))
counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print(set(counts), {w for w in counts if counts[w] == 1})
# A folded hash (1.5's is 2**60 + 1) must not lend its high bits to a
# small int hashed next (the tuple's items).
print(hash(1.5), hash((1, 2)), hash(2**60 + 3), hash((3, 4)), hash(frozenset({1, 2**61 + 7})))
