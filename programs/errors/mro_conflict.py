# A class whose bases admit no consistent MRO: CPython 3.11's message
# (set_mro_error) breaks its line after "resolution".
class A:
    pass


class B(A):
    pass


class X:
    pass


class Y(X):
    pass


try:
    class C(A, B):
        pass
except TypeError as e:
    print(repr(str(e)))
try:
    class D(A, X, B, Y):
        pass
except TypeError as e:
    print(repr(str(e)))


class E(A, B):
    pass
