# Container behaviour that runs Python code: __eq__/__hash__ during
# lookups, mutation during iteration, recursive reprs, in-place operators.
calls = []


class Key:
    def __init__(self, name, h):
        self.name = name
        self.h = h

    def __hash__(self):
        calls.append("hash " + self.name)
        return self.h

    def __eq__(self, other):
        calls.append("eq " + self.name + " " + other.name)
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(" + self.name + ")"


d = {}
d[Key("a", 1)] = 1
d[Key("b", 1)] = 2          # same hash: one __eq__ call
print(d[Key("b", 1)], calls)
calls.clear()
print(Key("c", 9) in d, calls)
s = {Key("x", 5), Key("y", 5), Key("x", 5)}
print(len(s), sorted(k.name for k in s))

for container in ({1: 1, 2: 2}, {1, 2}):
    try:
        for k in container:
            if isinstance(container, dict):
                container[k + 10] = 0
            else:
                container.add(k + 10)
    except RuntimeError as e:
        print("RuntimeError:", e)

d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)

l = [1, 2]
l.append(l)
d = {"self": None}
d["self"] = d
t = (l, d)
print(l, d, t)
s = set()
print(repr(s), repr(frozenset()), {frozenset([1])})

a = [1, 2]
b = a
a += [3]
a *= 2
print(a is b, b)
t1 = (1, 2)
t2 = t1
t1 += (3,)
print(t1, t2, t1 is t2)
s1 = {1}
s2 = s1
s1 |= {2}
s1 -= {1}
print(s1 is s2, s2)
x = "ab"
x += "c"
x *= 2
print(x)


class Weird:
    def __eq__(self, other):
        return "yes"

    __hash__ = object.__hash__


w = Weird()
print(w in [1, 2], [w] == [w], [Weird()] == [Weird()], (w,) == (Weird(),))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10


print(list(Seq()), 20 in Seq(), tuple(Seq()))
print(sorted([3, 1, 2], key=None), max([(1, "b"), (1, "a")]), min("hello"))
print(dict.fromkeys("ab", []), {**{"a": 1}, "b": 2})
nested = [[1, 2], [3]]
print(sum(nested, []), [x for sub in nested for x in sub])
print("%s and %r" % ("a", "b"), "%(x)05.1f" % {"x": 3.14159}, "{0}{0}".format("ab"))
