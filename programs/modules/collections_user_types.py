# More of collections as tutorials use it: UserDict, UserList, UserString, Counter with negatives and comparisons, ChainMap layering, namedtuple defaults and module, deque of tuples as a work queue.
from collections import UserDict, UserList, UserString, Counter, ChainMap, namedtuple, deque, OrderedDict, defaultdict
import collections.abc


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


d = LowerDict({"A": 1})
d["B"] = 2
print(d, d.data, "a" in d, len(d), dict(d))


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
print(s, s.pop(), s + [9], s * 2, type(s + [9]).__name__)
u = UserString("hello")
print(u.upper(), u[1:3], u + "!", len(u), type(u.upper()).__name__)
c = Counter(a=2, b=-1)
print(c, +c, -c, c.most_common(), Counter("aab") < Counter("aaab"), c.total())
inventory = Counter()
for item in ["apple", "pear", "apple"]:
    inventory[item] += 1
print(inventory, list(inventory.elements()))
base = ChainMap({"theme": "light"})
user = base.new_child({"theme": "dark", "font": "mono"})
print(user["theme"], base["theme"], user.maps, list(user))
Task = namedtuple("Task", "name priority", defaults=(0,), module="tasks")
print(Task("x"), Task.__module__, Task._field_defaults)
q = deque([(1, "write"), (2, "test")])
q.append((3, "ship"))
while q:
    prio, name = q.popleft()
    print(prio, name)
print(isinstance(deque(), collections.abc.MutableSequence), isinstance(OrderedDict(), collections.abc.MutableMapping), isinstance(defaultdict(), collections.abc.Mapping), issubclass(Counter, dict))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping), isinstance("", collections.abc.Iterable), isinstance(5, collections.abc.Hashable))
