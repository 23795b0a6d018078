# The ast module's node classes: _fields, _attributes, defaults, constructor errors, __reduce__, refcounts, and trees built by hand that ast.dump, ast.unparse and NodeVisitor read.
import ast
import copy
import sys

print(ast.AST, ast.AST.__module__, ast.Name.__module__, ast.Name.__mro__)
print(ast.AST._fields, ast.AST._attributes, ast.AST.__match_args__)
for cls in (ast.Module, ast.FunctionDef, ast.Name, ast.Constant, ast.arguments, ast.arg, ast.keyword,
            ast.ExceptHandler, ast.MatchAs, ast.comprehension, ast.Load, ast.Add, ast.expr, ast.stmt, ast.pattern):
    print(cls.__name__, cls._fields, cls._attributes, cls.__match_args__, cls.__doc__.splitlines()[0])
print(ast.FunctionDef.returns, ast.FunctionDef.type_comment, ast.expr.end_lineno, ast.arg.annotation)
print(hasattr(ast.pattern, "end_lineno"), hasattr(ast.Name, "id"))
print(issubclass(ast.Load, ast.expr_context), issubclass(ast.Add, ast.operator), issubclass(ast.Eq, ast.cmpop))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(sorted(n for n in dir(ast) if isinstance(getattr(ast, n), type) and issubclass(getattr(ast, n), ast.AST))[:20])

# The constructor: positional arguments fill _fields, keywords any name.
n = ast.Name("x", ast.Load(), lineno=1, col_offset=0, extra="yes")
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.extra, n.end_lineno)
print(sorted(n.__dict__))
print(ast.Name().__dict__, ast.Name("y").__dict__)
for args, kwargs in [(("a", ast.Load(), 3), {}), ((1,), {"id": 2}), ((), {}), ((1, 2, 3, 4), {})]:
    try:
        ast.Name(*args, **kwargs)
        print("ok", args, kwargs)
    except TypeError as e:
        print("TypeError:", e)
for cls, args in [(ast.Load, (1,)), (ast.arguments, tuple(range(8))), (ast.Pass, (1,)), (ast.AST, (1,)), (ast.Constant, (1, 2, 3))]:
    try:
        cls(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    n.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    ast.Name().id
except AttributeError as e:
    print("AttributeError:", e)

# __reduce__, copy, __dict__.
r = n.__reduce__()
print(r[0], r[1], sorted(r[2]))
print(ast.Load().__reduce__())
m = copy.deepcopy(n)
print(m is n, m.id, type(m.ctx).__name__, m.extra)
p = copy.copy(ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("y", ast.Load())))
print(ast.dump(p))
n.__dict__ = {"id": "z"}
print(n.id, ast.dump(n))
try:
    n.__dict__ = 3
except TypeError as e:
    print("TypeError:", e)

# Refcounts and sizes.
node = ast.Name("q", ast.Load())
print(sys.getrefcount(node), sys.getrefcount(node.__dict__))
holder = [node, node]
print(sys.getrefcount(node))
del holder
print(sys.getrefcount(node), sys.getsizeof(node), sys.getsizeof(ast.AST()), sys.getsizeof(ast.arguments()))

# A tree made by hand: dump, unparse, walk, visitors.
tree = ast.Module(
    body=[
        ast.FunctionDef(
            name="f",
            args=ast.arguments(posonlyargs=[], args=[ast.arg("a"), ast.arg("b")], kwonlyargs=[], kw_defaults=[], defaults=[ast.Constant(2)]),
            body=[ast.Return(ast.BinOp(ast.Name("a", ast.Load()), ast.Mult(), ast.Name("b", ast.Load())))],
            decorator_list=[],
        ),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Call(ast.Name("f", ast.Load()), [ast.Constant(21)], [])], [])),
    ],
    type_ignores=[],
)
print(ast.dump(tree, indent=2))
ast.fix_missing_locations(tree)
print(ast.dump(tree.body[0].body[0], include_attributes=True))
print(ast.unparse(tree))
print([type(x).__name__ for x in ast.walk(tree)])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []

    def visit_Name(self, node):
        self.seen.append(node.id)


v = Names()
v.visit(tree)
print(v.seen)


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant(node.value * 2)


print(ast.unparse(Double().visit(tree)))
print(ast.dump(ast.fix_missing_locations(ast.Expression(ast.Name("x", ast.Load()))), include_attributes=True))
e = ast.Name("x", ast.Load())
print(ast.copy_location(ast.Name("y", ast.Load()), ast.Name("x", ast.Load(), lineno=3, col_offset=4, end_lineno=3, end_col_offset=5)).lineno)
print(list(ast.iter_fields(ast.Name("x", ast.Load()))))
print(isinstance(ast.Num(5), ast.Constant), ast.Str("s").s, type(ast.Num(1)).__name__)

match ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)):
    case ast.BinOp(ast.Constant(a), ast.Add(), ast.Constant(b)):
        print("matched", a, b)
