# The compiler's SyntaxWarnings (Python/compile.c): "is" with a literal, an assert on a tuple, calling or subscripting a display or constant (check_caller, check_subscripter, check_index), printed as FILE:LINE: SyntaxWarning: ... with the source line.
x = 5
print(x is 1, x is not "a", x is (), x is -1, 1 is x, x is None, x is not ..., x is True)
if 0 < x is 2:
    pass
assert (x, "message")
def calls():
    return [(1, 2) (3, 4), [1, 2] (3), {1: 2} (3), {1} (2), "abc" (1), f"{x}" (1), (i for i in ()) (1)]
def subscripts():
    return [{1} [0], 5 [0], 1.5 [0], None [0], (lambda: 1) [0], {i for i in ()} [0]]
def indexes():
    return [[1, 2] ["a"], (1, 2) [1.5], "abc" ["x"], [i for i in ()] [()], f"{x}" [None]]
def fine():
    return [[1, 2] [0], (1, 2) [0:1], {1: 2} [1], "abc" [True], x (1), x [0]]
for i in range(2):
    z = i is 300
print("compiled")
exec("a = 1 is 1")
exec("a = 1 is 1")
compile("b = None is 3\nassert(1, 2)\n", "file.py", "exec")
compile("c = x is 'literal'", __file__, "exec")
print("\d", b"\q", "\777" == "\u01ff")
