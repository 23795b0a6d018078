# __main__ gets an empty __annotations__ dict at start-up (add_main_module), which top-level annotations then fill; classes and functions as CPython 3.11
import __main__
import sys

print(list(globals())[:6])
print(__main__.__annotations__, __annotations__ is globals()['__annotations__'])
ann = __annotations__
x: int = 1
y: "str"
print(__main__.__annotations__, ann is __annotations__)
print(sys.getrefcount(ann))


class A:
    a: int
    print(sorted(__annotations__))


class B:
    pass


print('__annotations__' in B.__dict__, B.__annotations__)
print(A.__annotations__)


def f(p: int) -> str:
    local: float = 1.0
    return str(local)


print(f.__annotations__)
del __annotations__
try:
    z: int = 3
except NameError as e:
    print(type(e).__name__, e)
print('__annotations__' in globals(), z if 'z' in globals() else None)
