x: int = 1
y: str
class C:
    a: int = 0
    b: "str"
def f():
    z: int = 5
    w: list
    return z
obj = C()
obj.attr: int = 3
