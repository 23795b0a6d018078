# CPython's limits on source met while compiling: too many nested brackets, too many indentation levels, statically nested blocks, and the compiler's recursion limit (3 x the recursion limit, from the caller's depth)
import sys


def show(src, mode="exec"):
    try:
        compile(src, "<limits>", mode)
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text)[:40])
    except (RecursionError, MemoryError) as e:
        print(type(e).__name__, e)


def nest(k, head, body):
    return "".join(" " * i + head + "\n" for i in range(k)) + " " * k + body + "\n"


# The tokenizer: 200 brackets open at once, 100 indentation levels.
show("x = " + "(" * 50 + "1" + ")" * 50)
show("x = " + "(" * 201 + "1" + ")" * 201)
show("x = " + "[" * 100000)
show("x = (\n" + "{" * 200)
show(nest(99, "if x:", "pass"))
show(nest(100, "if x:", "pass"))
show(nest(1000, "if x:", "pass"))
# The compiler: 20 blocks.
show(nest(20, "for x in y:", "pass"))
show(nest(21, "for x in y:", "pass"))
# The recursion limit during compilation: 3 * sys.getrecursionlimit(),
# starting at 3 * the depth of the code asking (module, show: 2), the
# statement counting one.
sys.setrecursionlimit(100)
for k in (292, 293, 100000):
    show("x = a" + ".b" * k)
    show("x = " + "-" * k + "1")
    show("x = " + "+".join(["1"] * (k + 1)))
    show("x = f" + "()" * k)
    show("x = a" + "[0]" * k)
    show("x = " + "not " * k + "a")
show(nest(2, "if x:", "x = a" + ".b" * 290))
show(nest(2, "if x:", "x = a" + ".b" * 291))
show("a" + ".b" * 293, "eval")
show("a" + ".b" * 294, "eval")
elifs = "".join("elif x == %d:\n  y = %d\n" % (i, i) for i in range(1, 291))
show("if x == 0:\n  y = 0\n" + elifs)
show("if x == 0:\n  y = 0\n" + elifs + "elif x:\n  y = 1\n")


def deeper(n):
    if n:
        return deeper(n - 1)
    show("x = a" + ".b" * 262)
    show("x = a" + ".b" * 263)


deeper(10)
sys.setrecursionlimit(1000)
# The parser's stack (pegen's MAXSTACK): MemoryError.
show("x = " + "-" * 100000 + "1")
show("x = " + "not " * 100000 + "a")
show("x = " + "lambda: " * 100000 + "1")
show("if x:\n  y = 0\n" + "elif x:\n  y = 1\n" * 100000)
