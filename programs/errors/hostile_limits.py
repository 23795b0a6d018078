# Limits a hostile program reaches give CPython's exceptions: nesting deeper than the tokenizer allows, a format width or precision past Py_ssize_t, int.to_bytes with a huge or negative length, deep repr/str/== of nested lists and dicts.
tests = [
    "compile('x = ' + '(' * 201 + ')' * 201, 'f', 'exec')",
    "compile('x = ' + '[' * 250, 'f', 'exec')",
    "exec('(' * 1000 + ')' * 1000)",
    "'{:99999999999999999999}'.format(1)",
    "format(1, '.99999999999999999999')",
    "format(1.5, '99999999999999999999.2f')",
    "(1).to_bytes(10**20, 'big')",
    "(1).to_bytes(2**63, 'big')",
    "(1).to_bytes(10**12, 'big')",
    "(1).to_bytes(-1, 'big')",
    "(256).to_bytes(1, 'little')",
    "(-129).to_bytes(1, 'little', signed=True)",
    "(-1).to_bytes(2, 'little')",
    "(-1).to_bytes(0, 'little', signed=True)",
    "(0).to_bytes(0, 'little')",
    "(-128).to_bytes(1, 'big', signed=True)",
    "(2**64 - 1).to_bytes(8, 'big')",
]
for t in tests:
    try:
        r = eval(t)
        print("ok", r if not isinstance(r, bytes) or len(r) < 20 else len(r))
    except BaseException as e:
        print(type(e).__name__ + ":", e, getattr(e, "offset", ""))

l = []
for _ in range(10**5):
    l = [l]
d = {}
for _ in range(10**5):
    d = {1: d}
m = []
for _ in range(10**5):
    m = [m]
for name, f in [("repr", lambda: repr(l)), ("str", lambda: str(l)), ("dict repr", lambda: repr(d)), ("==", lambda: l == m)]:
    try:
        f()
        print(name, "ok")
    except RecursionError as e:
        print(name, "RecursionError:", e)
