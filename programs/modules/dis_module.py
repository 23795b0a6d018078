# CPython's dis and opcode over refpy's code objects: dis.dis of ordinary functions and of source text, code_info, Bytecode, get_instructions, findlinestarts, distb, and the native _opcode.stack_effect.
import dis
import opcode
import sys


def f(a, b=2, *args, c, **kw):
    x = a + b
    try:
        y = [i for i in args]
    except ValueError as e:
        print(e)
    for k in kw:
        if k.startswith("z"):
            break
    return x.real, len(y), kw.get(c)


def g(n):
    total = 0
    while n > 0:
        if n % 3 == 0 or n % 5 == 0:
            total += n
        n -= 1
    with open if n else None:
        pass
    return f"{total!r:>5}"


class C:
    def m(self, other):
        return self.x < other.x and not other.y


dis.dis(g)
dis.dis(C.m)
print(dis.code_info(g))
dis.show_code(C.m)
for ins in dis.get_instructions(C.m):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), ins.argrepr, ins.offset, ins.starts_line, ins.is_jump_target, ins.positions)
bc = dis.Bytecode(g)
print(bc)
print(len(list(bc)), bc.first_line)
print(list(dis.findlinestarts(g.__code__)))
print(list(dis.findlabels(g.__code__.co_code)))
dis.dis("x = a if b else c")
dis.dis("for i in range(3): print(i)")
print(dis.opname[100], dis.opmap["RETURN_VALUE"], dis.hasconst, dis.HAVE_ARGUMENT)
print(opcode.stack_effect(opcode.opmap["BUILD_LIST"], 3), opcode.stack_effect(opcode.opmap["FOR_ITER"], 0, jump=True))
for bad in [(opcode.opmap["POP_TOP"], 1), (opcode.opmap["LOAD_CONST"],), (255, 0)]:
    try:
        opcode.stack_effect(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    opcode.stack_effect(opcode.opmap["FOR_ITER"], 0, jump=1)
except ValueError as e:
    print("ValueError", e)


def fails():
    return {}["k"]


try:
    fails()
except KeyError:
    dis.distb(sys.exc_info()[2].tb_next, file=sys.stdout)
