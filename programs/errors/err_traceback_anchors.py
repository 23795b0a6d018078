# traceback.print_exc() marks a binary operator with ~~^~~ and a subscript with ~^^^ (traceback.py parses the line segment with ast.parse), as the interpreter's own report does.
import traceback


def add(a, b):
    return a + b


def index(x, i):
    return x[i] * 2


def nested(d):
    return d["outer"]["inner"] + 1


def power(a, b):
    return (a ** b) // 0


for f, args in [
    (add, (1, "s")),
    (index, ([1], 5)),
    (nested, ({"outer": {}},)),
    (power, (2, 3)),
]:
    try:
        f(*args)
    except Exception:
        traceback.print_exc()

add("x", 2)
