def deco(f):
    return f

@deco
def a():
    pass

@deco
@deco
def b(x):
    return x

@deco
class C:
    @staticmethod
    @deco
    def m():
        return 1
    @classmethod
    def c(cls):
        return cls
