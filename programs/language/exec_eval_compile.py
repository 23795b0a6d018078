# exec, eval and compile: namespaces (the caller's, given dicts, a mapping
# as locals), code objects, bytes sources, SyntaxErrors from compiled text
# and CPython's TypeErrors and ValueErrors for bad arguments.
g = {"x": 2}
exec("y = x * 21", g)
print(g["y"], "__builtins__" in g)
print(eval("x + y", g), eval("  1 + 1"), eval(b"3 * 3"))
loc = {}
exec("z = len('abc')", {}, loc)
print(loc)
code = compile("a = 5\nb = a * a\n", "<made>", "exec")
ns = {}
exec(code, ns)
print(ns["b"], type(code).__name__, code.co_filename)
expr = compile("a + 1", "<expr>", "eval")
print(eval(expr, {"a": 41}))


def f():
    v = 10
    exec("w = v + 1")
    print(eval("v * 2"), "w" in locals())


f()
counter = 0
exec("counter += 1")
print(counter)


class M:
    def __getitem__(self, k):
        if k == "magic":
            return 99
        raise KeyError(k)


print(eval("magic", {}, M()))
for bad in ['exec(1)', 'exec("x", 1)', 'exec("x", {}, 1)', 'eval(1)', 'eval("x", 1)', 'eval("x", {}, 1)',
            'compile("x", "f", "bad")', 'compile(1, "f", "exec")', 'eval("\\0")', 'exec("x = (")',
            'eval("1;2")', 'eval("undefined_name")', 'compile("x", 1, "exec")']:
    try:
        eval(bad)
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
try:
    exec("def g():\n    return 1 +\n", {})
except SyntaxError as e:
    print(e.filename, e.lineno, e.offset, repr(e.text), e.msg)
exec("raise ValueError('from exec')")
