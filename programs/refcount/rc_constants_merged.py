# Equal constants are one object in every code object of a compilation:
# the module, its functions, lambdas and class bodies (the compiler's
# constant cache); 0.0 and -0.0 stay apart.
import sys
a = "xyz! q"
def f():
    return "xyz! q"
print(f() is a)
b = 12345
def g():
    return 12345
print(g() is b)
t = (1, "x y", 2.5)
def h():
    return (1, "x y", 2.5)
print(h() is t, h()[1] is t[1])
class C:
    s = "x y"
print(C.s is t[1])
print((lambda: 2.5)() is t[2])
c1 = 0.0; c2 = -0.0
print(c1 is c2)
