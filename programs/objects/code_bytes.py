# Code objects in CPython's byte formats: co_code with its inline CACHE entries, the 3.11 location and exception tables, co_lines(), co_positions(), co_lnotab, f_lasti/tb_lasti in that layout, replace() and _varname_from_oparg.
import sys


def f(a, b=2, *args, c, **kw):
    x = a + b
    try:
        y = [i * 2 for i in args if i]
    except ValueError as e:
        print(e)
    for k in kw:
        if k.startswith("z"):
            break
    return x.real, len(y), kw.get(c)


co = f.__code__
print(co.co_code)
print(co.co_linetable)
print(co.co_exceptiontable)
print(co.co_lnotab)
print(list(co.co_lines()))
print(list(co.co_positions())[:12])
print(len(co.co_code) // 2 == len(list(co.co_positions())))
print(co._varname_from_oparg(1), co._varname_from_oparg(5))
print(co._co_code_adaptive == co.co_code, co.co_code is co.co_code, co.co_linetable is co.co_linetable)
try:
    co._varname_from_oparg(99)
except IndexError as e:
    print("IndexError", e)


def g():
    return sys._getframe().f_lasti


print(g(), g.__code__.co_code[g() : g() + 2])

try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lasti, tb.tb_frame.f_code.co_code[tb.tb_lasti])

# replace(): metadata, and new code in CPython's layout.
c2 = co.replace(co_name="f2", co_qualname="f2", co_firstlineno=100)
print(c2.co_name, c2.co_qualname, c2.co_firstlineno, list(c2.co_lines())[:3])
print(c2.co_code == co.co_code, c2.co_linetable == co.co_linetable)


def seven():
    return 7


s = seven.__code__
seven.__code__ = s.replace(co_consts=(None, 8))
print(seven())
b = bytearray(s.co_code)
i = b.index(100)  # LOAD_CONST 1
b[i + 1] = 0
seven.__code__ = s.replace(co_code=bytes(b))
print(seven())
for bad in [dict(co_argcount=-1), dict(co_code="x"), dict(co_consts=[]), dict(co_name=3), dict(co_nlocals=4)]:
    try:
        s.replace(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [1, None]:
    try:
        seven.__code__ = bad
    except TypeError as e:
        print(e)


def outer():
    z = 1

    def inner():
        return z

    return inner


try:
    outer().__code__ = s
except ValueError as e:
    print(e)
try:
    s.replace(co_bogus=1)
except TypeError as e:
    print(e)


def gen():
    yield 1
    with open if False else None:
        pass


print(gen.__code__.co_exceptiontable, list(gen.__code__.co_lines()))


class C:
    x = 1

    def m(self):
        return self.x


print(C.m.__code__.co_code)
