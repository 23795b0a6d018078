# dict subclasses: __missing__ is looked up on the type and bound (also as a classmethod).
class D(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = D()
print(d["abc"], d)
class C(dict):
    @classmethod
    def __missing__(cls, key):
        return cls.__name__ + key
print(C()["x"])
