# __new__ runs before __init__: a singleton, an interning cache that
# returns existing instances, and a class counting live instances with
# __del__. Identity is compared with `is` and id(a) == id(b).


class Config:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("  creating the one Config")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, **settings):
        print(f"  __init__ called with {settings}")
        for key, value in settings.items():
            setattr(self, key, value)


a = Config(debug=True)
b = Config(level=3)
print(a is b, id(a) == id(b), a.debug, b.level)


class Color:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key in cls._cache:
            return cls._cache[key]
        instance = super().__new__(cls)
        instance.name = key
        cls._cache[key] = instance
        return instance

    def __repr__(self):
        return f"Color({self.name!r})"


red1, red2, blue = Color("red"), Color("RED"), Color("blue")
print(red1, red2, blue, red1 is red2, red1 is blue, len(Color._cache))


class Tracked:
    live = 0

    def __new__(cls, label):
        Tracked.live += 1
        print(f"  __new__ {label} (live={Tracked.live})")
        return super().__new__(cls)

    def __init__(self, label):
        self.label = label
        print(f"  __init__ {label}")

    def __del__(self):
        Tracked.live -= 1
        print(f"  __del__ {self.label} (live={Tracked.live})")


t1 = Tracked("one")
t2 = Tracked("two")
print("live:", Tracked.live)
t1 = Tracked("three")
print("live after rebinding t1:", Tracked.live)
del t2
print("live:", Tracked.live)


class Positive(int):
    def __new__(cls, value):
        if value <= 0:
            raise ValueError(f"{value} is not positive")
        return super().__new__(cls, value)


p = Positive(5)
print(p, p + 1, isinstance(p, int), type(p).__name__)
try:
    Positive(-2)
except ValueError as error:
    print("ValueError:", error)


class NoInit:
    def __new__(cls):
        return 42


print(NoInit(), type(NoInit()).__name__, "(__new__ returned a non-instance, so __init__ is skipped)")
print("end")
