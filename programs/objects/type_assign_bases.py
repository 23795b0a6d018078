# Assigning a class's __bases__ and __annotations__: the MRO and inherited methods follow the new bases; CPython's errors for bad values.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def __len__(self):
        return 7


class C(A):
    pass


class D(C):
    pass


d = D()
print(d.who(), [k.__name__ for k in D.__mro__])
C.__bases__ = (B,)
print(d.who(), len(d), [k.__name__ for k in D.__mro__], C.__base__.__name__, A.__subclasses__(), B.__subclasses__())
C.__bases__ = (A, B)
print(d.who(), [k.__name__ for k in C.__mro__])
for bad in ((), [A], (A, 1), (D,), (int,), (A, A)):
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
print([k.__name__ for k in C.__mro__])
try:
    del C.__bases__
except TypeError as e:
    print("TypeError:", e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
C.__annotations__ = {"x": int}
print(C.__annotations__, "__annotations__" in C.__dict__)
del C.__annotations__
print(C.__annotations__, "__annotations__" in C.__dict__)
del C.__annotations__
try:
    del C.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print("TypeError:", e)
