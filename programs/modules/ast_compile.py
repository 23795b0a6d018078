# compile() given an AST: visitors and transformers change a parsed tree that then runs, and malformed trees raise CPython's TypeError and ValueError.
import ast

tree = ast.parse("def f(x):\n    return g(x) + h(x, 1)\n\nprint(f(2))\n")
# Visitors and transformers, then compile the changed tree.
class Counter(ast.NodeVisitor):
    def __init__(self):
        self.calls = 0

    def visit_Call(self, node):
        self.calls += 1
        self.generic_visit(node)


c = Counter()
c.visit(tree)
print("calls:", c.calls)


class Shout(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, str):
            return ast.copy_location(ast.Constant(node.value.upper()), node)
        return node


prog = ast.parse("msg = 'hi'\nprint(msg, 'there', 3)\n")
prog = ast.fix_missing_locations(Shout().visit(prog))
exec(compile(prog, "<shout>", "exec"))
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(eval(compile(ast.fix_missing_locations(expr), "<expr>", "eval")))
print(compile(prog, "<same>", "exec", ast.PyCF_ONLY_AST) is prog)
ast.increment_lineno(prog, 10)
print([n.lineno for n in prog.body])
code = compile(ast.parse("def f():\n    return 1\n"), "tree.py", "exec")
print(code.co_filename, code.co_consts[0].co_name, code.co_consts[0].co_firstlineno)

# Syntax errors from ast.parse, and trees compile() refuses.
for text in ["x = (", "def f(:", "return"]:
    try:
        ast.parse(text)
        print("parsed", text)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
L = dict(lineno=1, col_offset=0)
bad_trees = [
    ast.Module([ast.Expr(ast.Name("x", ast.Load()))], []),
    ast.Module([ast.Expr(ast.Name("x", ast.Load(), **L), **L)], None),
    ast.Module([ast.Expr(ast.Name("x", ast.Store(), **L), **L)], []),
    ast.Module([ast.Expr(ast.Name(None, ast.Load(), **L), **L)], []),
    ast.Module([ast.Expr(ast.Name("x", None, **L), **L)], []),
    ast.Module([ast.Expr(ast.Name(1, ast.Load(), **L), **L)], []),
    ast.Module([ast.Expr(ast.Constant([1], **L), **L)], []),
    ast.Module([ast.Expr(3, **L)], []),
    ast.Module([ast.Expr(None, **L)], []),
    ast.Module([ast.Expr(ast.Name("None", ast.Load(), **L), **L)], []),
    ast.Module([ast.If(ast.Name("x", ast.Load(), **L), [], [], **L)], []),
    ast.Module([ast.Expr(ast.Name("x", ast.Load(), lineno="a", col_offset=0), **L)], []),
    ast.Module([ast.Expr(ast.Name("x", ast.Load(), **L), **L)]),
    ast.Expression(ast.Name("x", ast.Load(), **L)),
    ast.Module(ast.Name("x", ast.Load()), []),
    ast.Name("x", ast.Load()),
    ast.Module([ast.Assign([], ast.Constant(1, **L), **L)], []),
    ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, **L), ast.Load(), ast.Constant(2, **L), **L), **L)], []),
    ast.Module([ast.Expr(ast.Compare(ast.Constant(1, **L), [ast.Lt()], [], **L), **L)], []),
    ast.Module([ast.Delete([ast.Constant(1, **L)], **L)], []),
    ast.Module([ast.Expr(ast.Dict([None], [], **L), **L)], []),
]
for t in bad_trees:
    try:
        compile(t, "<bad>", "exec")
        print("compiled")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    compile("x", "<s>", "func_type")
except ValueError as e:
    print("ValueError", e)

# Trees that pass obj2ast: what compile() (validation, then the compiler) says of each.
def N(x, ctx=None): return ast.Name(x, ctx or ast.Load(), **L)
cases = [
    ast.Module([ast.Expr(ast.JoinedStr([ast.Constant(1, **L)], **L), **L)], []),
    ast.Module([ast.Expr(ast.JoinedStr([N("x")], **L), **L)], []),
    ast.Module([ast.Match(N("x"), [ast.match_case(ast.MatchValue(N("y")), None, [ast.Pass(**L)])], **L)], []),
    ast.Module([ast.Match(N("x"), [ast.match_case(ast.MatchAs(None, "y", **L), None, [ast.Pass(**L)])], **L)], []),
    ast.Module([ast.Match(N("x"), [ast.match_case(ast.MatchSingleton(5, **L), None, [ast.Pass(**L)])], **L)], []),
    ast.Module([ast.Expr(ast.Starred(N("x"), ast.Load(), **L), **L)], []),
    ast.Module([ast.Assign([ast.Tuple([ast.Starred(N("a", ast.Store()), ast.Store(), **L), ast.Starred(N("b", ast.Store()), ast.Store(), **L)], ast.Store(), **L)], N("c"), **L)], []),
    ast.Module([ast.ImportFrom(None, [ast.alias("x", **L)], 0, **L)], []),
    ast.Module([ast.Return(None, **L)], []),
    ast.Module([ast.Expr(ast.Yield(None, **L), **L)], []),
    ast.Module([ast.Break(**L)], []),
    ast.Module([ast.Nonlocal(["x"], **L)], []),
    ast.Module([ast.Expr(ast.FormattedValue(N("x"), 5, None, **L), **L)], []),
    ast.Module([ast.Expr(ast.Call(N("f"), [], [ast.keyword("a", N("b"), **L), ast.keyword("a", N("b"), **L)], **L), **L)], []),
    ast.Module([ast.FunctionDef("f", ast.arguments([], [ast.arg("a", **L), ast.arg("a", **L)], None, [], [], None, []), [ast.Pass(**L)], [], **L)], []),
    ast.Module([ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, []), N("x"), **L), **L)], []),
    ast.Module([ast.Expr(ast.Constant(1, lineno=5, col_offset=-3), **L)], []),
    ast.Module([ast.Expr(ast.ListComp(N("x"), [ast.comprehension(N("x", ast.Store()), N("y"), [], 0)], **L), **L)], []),
    ast.Module([ast.Try([ast.Pass(**L)], [ast.ExceptHandler(None, None, [ast.Pass(**L)], **L), ast.ExceptHandler(N("E"), "e", [ast.Pass(**L)], **L)], [], [], **L)], []),
    ast.Module([ast.Expr(ast.Subscript(N("x"), ast.Slice(None, None, None, **L), ast.Load(), **L), **L)], []),
    ast.Module([ast.Expr(ast.Slice(None, None, None, **L), **L)], []),
    ast.Module([ast.AugAssign(ast.Tuple([], ast.Store(), **L), ast.Add(), N("x"), **L)], []),
    ast.Module([ast.Expr(ast.NamedExpr(ast.Attribute(N("x"), "y", ast.Store(), **L), N("z"), **L), **L)], []),
    ast.Module([ast.AnnAssign(N("x", ast.Store()), N("int"), None, 1, **L)], []),
    ast.Module([ast.With([ast.withitem(N("a"), None)], [ast.Pass(**L)], **L)], []),
    ast.Interactive([ast.Expr(N("x"), **L)]),
    ast.Module([ast.Expr(ast.Constant(2**70, **L), **L)], []),
]
for i, t in enumerate(cases):
    try:
        mode = "single" if isinstance(t, ast.Interactive) else "exec"
        compile(t, "<f>", mode)
        print(i, "ok")
    except Exception as e:
        print(i, type(e).__name__, e)
