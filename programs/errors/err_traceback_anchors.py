# traceback.print_exc() marks a binary operator with ~~^~~ and a subscript with ~^^^ (traceback.py parses the line segment with ast.parse), as the interpreter's own report does.
import traceback


def add(a, b):
    return a + b


def index(x, i):
    return x[i] * 2


def nested(d):
    return d["outer"]["inner"] + 1


def call_chain(obj):
    return obj.method().value


def power(a, b):
    return (a ** b) // 0


for f, args in [
    (add, (1, "s")),
    (index, ([1], 5)),
    (index, ({"k": 1}, "zz")),
    (nested, ({"outer": {}},)),
    (call_chain, (None,)),
    (power, (2, 3)),
]:
    try:
        f(*args)
    except Exception:
        traceback.print_exc()

try:
    total = [1, 2, 3][0] + \
        None
except TypeError:
    traceback.print_exc()

try:
    result = {"a": 1}["b"] if True else 0
except KeyError as e:
    print("".join(traceback.format_exception(e)), end="")

add("x", 2)
