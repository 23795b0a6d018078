# object.__reduce_ex__, __reduce__ and __getstate__ (what copy and pickle call): copyreg.__newobj__ with __getnewargs__ arguments, the instance dict and __slots__ as state, list and dict items, a class's own __reduce__ preferred, protocols below 2 through copyreg._reduce_ex, and the objects that cannot be reduced.
import _thread
import copyreg


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Slotted:
    __slots__ = ("a", "b")


class Both(Point):
    __slots__ = ("extra",)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    def __getnewargs__(self):
        return tuple(self)


class Tags(list):
    pass


class Table(dict):
    pass


class Own:
    def __reduce__(self):
        return (Own, ())


class KwNew:
    def __new__(cls, *, size):
        self = super().__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return ((), {"size": self.size})


def show(label, r):
    func, args, *rest = r
    print(label, func.__name__, [a.__name__ if isinstance(a, type) else a for a in args], rest[0], [
        None if x is None else list(x) for x in rest[1:]])


show("point", Point(1, 2).__reduce_ex__(4))
s = Slotted()
s.a = 1
show("slotted", s.__reduce_ex__(2))
b = Both(1, 2)
b.extra = "e"
show("both", b.__reduce_ex__(4))
show("pair", Pair(3, 4).__reduce_ex__(4))
t = Tags([1, 2])
t.color = "red"
show("tags", t.__reduce_ex__(4))
show("table", Table(k="v").__reduce_ex__(4))
print("own", Own().__reduce_ex__(4), Own().__reduce_ex__(0))
show("kwnew", KwNew(size=3).__reduce_ex__(4))
print(Point(5, 6).__getstate__(), Slotted().__getstate__(), s.__getstate__(), b.__getstate__(), object().__getstate__())
print(Point(1, 2).__reduce_ex__(0)[0] is copyreg._reconstructor, Point(1, 2).__reduce_ex__(1)[1], Point(1, 2).__reduce__()[1])


def rebuild(obj):
    func, args, state, listitems, dictitems = obj.__reduce_ex__(4)
    new = func(*args)
    if state is not None:
        if isinstance(state, tuple):
            d, slots = state
            if d:
                new.__dict__.update(d)
            for k, v in slots.items():
                setattr(new, k, v)
        else:
            new.__dict__.update(state)
    if listitems is not None:
        new.extend(listitems)
    if dictitems is not None:
        for k, v in dictitems:
            new[k] = v
    return new


p2 = rebuild(Point(7, [8]))
print(type(p2).__name__, p2.x, p2.y)
b2 = rebuild(b)
print(b2.x, b2.extra)
print(rebuild(t), rebuild(t).color, rebuild(Table(a=1)), rebuild(Pair(1, 2)), rebuild(KwNew(size=9)).size)
for obj in [_thread.allocate_lock(), _thread.RLock()]:
    try:
        obj.__reduce_ex__(4)
    except TypeError as e:
        print("TypeError", e)
try:
    object().__reduce_ex__("x")
except TypeError as e:
    print("TypeError", e)
