class A:
    "A doc"
    x = 1
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"A({self.v!r})"

class B(A):
    def __init__(self, v):
        super().__init__(v)
        self.__private = 1
    @property
    def p(self):
        return self.__private
    @staticmethod
    def s():
        return __class__

def make():
    y = 2
    class C:
        z = y
        def m(self):
            return y
    return C

class D(A, metaclass=type):
    pass
