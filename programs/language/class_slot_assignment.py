# Dunder methods assigned to a class after its creation take effect at once (the type's lookup cache is dropped before its slots are updated): __hash__, __repr__, __len__, and __hash__ on classes that set __eq__ or __hash__ = None.
class A:
    pass


f = lambda self: 42
setattr(A, "__hash__", f)
print(hash(A()), A.__dict__["__hash__"] is f)


class B:
    pass


B.__repr__ = lambda self: "B!"
print(repr(B()))


class C:
    pass


C.__len__ = lambda self: 3
print(len(C()))


class D:
    def __hash__(self):
        return 7


print(hash(D()))


class E:
    def __eq__(self, o):
        return True


E.__hash__ = lambda self: 43
print(hash(E()))


class F:
    __hash__ = None


F.__hash__ = lambda self: 44
print(hash(F()))
del F.__hash__
try:
    hash(F())
except TypeError as e:
    print("TypeError", e)
print(hash(object()) == hash(object()) or True)
