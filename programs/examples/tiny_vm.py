# A tiny stack-based virtual machine: a compiler from a list-of-tuples
# assembly with labels, an eval loop with a dispatch dict, and call frames.

BINARY = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "mod": lambda a, b: a % b,
    "lt": lambda a, b: a < b,
    "eq": lambda a, b: a == b,
}


class VMError(Exception):
    pass


class Frame:
    def __init__(self, return_pc, nlocals):
        self.return_pc = return_pc
        self.locals = [0] * nlocals


def assemble(program):
    labels, code = {}, []
    for line in program:
        if isinstance(line, str) and line.endswith(":"):
            labels[line[:-1]] = len(code)
        else:
            code.append(line)
    resolved = []
    for op, *args in code:
        resolved.append((op, *[labels.get(a, a) if isinstance(a, str) else a for a in args]))
    return resolved


def run(code, trace=False, max_steps=100000):
    stack, frames, output = [], [Frame(None, 4)], []
    pc = steps = 0
    while True:
        steps += 1
        if steps > max_steps:
            raise VMError("step limit reached")
        op, *args = code[pc]
        if trace:
            print(f"  {pc:>3} {op:<6} {str(args):<8} stack={stack}")
        pc += 1
        if op == "push":
            stack.append(args[0])
        elif op in BINARY:
            b, a = stack.pop(), stack.pop()
            stack.append(BINARY[op](a, b))
        elif op == "load":
            stack.append(frames[-1].locals[args[0]])
        elif op == "store":
            frames[-1].locals[args[0]] = stack.pop()
        elif op == "jump":
            pc = args[0]
        elif op == "jumpf":
            if not stack.pop():
                pc = args[0]
        elif op == "call":
            frame = Frame(pc, 4)
            for i in range(args[1] - 1, -1, -1):
                frame.locals[i] = stack.pop()
            frames.append(frame)
            pc = args[0]
        elif op == "ret":
            pc = frames.pop().return_pc
            if pc is None:
                raise VMError("return outside a call")
        elif op == "print":
            output.append(stack.pop())
        elif op == "halt":
            return output, steps
        else:
            raise VMError(f"unknown opcode {op!r} at {pc - 1}")


countdown = assemble([
    ("push", 3), ("store", 0),
    "loop:", ("load", 0), ("print",), ("load", 0), ("push", 1), ("sub",), ("store", 0),
    ("push", 0), ("load", 0), ("lt",), ("jumpf", "end"), ("jump", "loop"),
    "end:", ("halt",),
])
print(run(countdown, trace=True))

factorial = assemble([
    ("push", 10), ("call", "fact", 1), ("print",), ("push", 25), ("call", "fact", 1), ("print",), ("halt",),
    "fact:", ("load", 0), ("push", 2), ("lt",), ("jumpf", "recurse"), ("push", 1), ("ret",),
    "recurse:", ("load", 0), ("load", 0), ("push", 1), ("sub",), ("call", "fact", 1), ("mul",), ("ret",),
])
print(factorial[:4])
print(run(factorial))

fizz = assemble([
    ("push", 1), ("store", 0),
    "top:", ("load", 0), ("push", 3), ("mod",), ("push", 0), ("eq",), ("jumpf", "show"),
    ("push", "fizz"), ("print",), ("jump", "next"),
    "show:", ("load", 0), ("print",),
    "next:", ("load", 0), ("push", 1), ("add",), ("store", 0), ("load", 0), ("push", 8), ("lt",),
    ("jumpf", "done"), ("jump", "top"), "done:", ("halt",),
])
print(run(fizz))
for bad in [[("bogus",)], [("ret",)], [("jump", 0)]]:
    try:
        run(bad, max_steps=50)
    except VMError as error:
        print("VMError:", error)
