# collections.Counter as tutorials use it: counting words and letters, most_common, arithmetic, update and subtract, elements, total.
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words)
print(words.most_common(2), words["the"], words["missing"], len(words))
letters = Counter("mississippi")
print(letters, sorted(letters.elements()), letters.total())
print(letters.most_common(), letters.most_common(1)[0])
c = Counter(a=3, b=1)
d = Counter(a=1, b=2)
print(c + d, c - d, c & d, c | d, +c, -d)
c.update("aab")
print(c)
c.subtract({"a": 10})
print(c, +c)
c.update({"z": 5})
print(c)
print(dict(c), list(c.keys()), list(c.values()))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(2))
inventory = Counter(apples=3, pears=0)
inventory["apples"] -= 1
inventory["bananas"] += 4
print(inventory, inventory.most_common())
del inventory["pears"]
print(inventory, "pears" in inventory)
print(Counter("abc") == Counter("cba"), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2))
print(repr(Counter()), Counter({"x": 2}).copy(), type(Counter("a").copy()).__name__)
print(sum(Counter("aabbb").values()), Counter("hello world").most_common(3))
print(Counter.fromkeys if False else "no fromkeys")
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError", e)
