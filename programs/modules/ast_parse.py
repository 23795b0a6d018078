# ast.parse and compile() with PyCF_ONLY_AST: trees with positions, shared contexts, literal_eval, unparse and get_source_segment.
import ast
import sys

source = '''\
def greet(name: str, *args, punct="!", **kw) -> str:
    """Say hello."""
    return f"Hello, {name!r:>10}{punct}" + "é" * 2

total = sum(i * i for i in range(10) if i % 2)
match total:
    case [a, *rest] | Point(x=0) as p:
        pass
try:
    print(greet("world"), total, lambda q=1: q, [*"ab"], {**{}}, ...)
except (ValueError, TypeError) as e:
    raise RuntimeError from e
finally:
    del total
'''
tree = ast.parse(source, "demo.py")
print(ast.dump(tree, include_attributes=True))
print(ast.dump(ast.parse("x = 'é' + y", type_comments=True), include_attributes=True))
print(ast.dump(ast.parse("1 + 2", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1; y = 2", mode="single")))
print(ast.dump(ast.parse("u'x' 'y'").body[0].value), ast.dump(ast.parse("b'x'").body[0].value))

# Contexts and operators are shared instances, as the parser makes them.
names = [n for n in ast.walk(tree) if isinstance(n, ast.Name)]
loads = {id(n.ctx) for n in names if isinstance(n.ctx, ast.Load)}
print(len(names), len(loads), ast.parse("a + b + c").body[0].value.op is ast.parse("d + e").body[0].value.op)
print(sys.getrefcount(tree), sys.getrefcount(tree.body), sys.getrefcount(tree.body[0]))

# Source segments and unparse.
fn = tree.body[0]
print(ast.get_source_segment(source, fn.returns), ast.get_source_segment(source, fn.body[1].value))
print(ast.get_source_segment(source, fn, padded=True).splitlines()[0])
print(ast.get_docstring(fn, clean=False), ast.get_docstring(tree, clean=False))
print(ast.unparse(tree))

# literal_eval.
for text in ["[1, 2.5, -3, 4+5j, (True, None), {'a': b'b'}, {1, 2}]", "1 + ", "f(x)", "set()"]:
    try:
        print(repr(ast.literal_eval(text)))
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)

