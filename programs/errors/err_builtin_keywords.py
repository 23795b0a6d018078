# CPython 3.11's words for bad calls of built-ins: enumerate() checks its
# arguments by hand when called itself, through its parser when called as
# enumerate.__new__; the parsers of 3.11 say "'x' is an invalid keyword
# argument for NAME()" for any keyword they do not take.
cases = [
    "enumerate()", "enumerate([], 1, 2)", "enumerate(start=1)", "enumerate([], foo=1)",
    "enumerate(iterable=[], start=1, x=2)", "enumerate(foo=[])", "enumerate.__new__(enumerate)",
    "enumerate.__new__(enumerate, [], foo=1)", "list(enumerate(iterable='ab', start=5))",
    "str(foo=1)", "bytes(foo=1)", "int(foo=1)", "int(x='5')", "'a'.split(foo=1)",
    "'a'.rsplit(foo=1)", "'a'.splitlines(foo=1)", "'a'.expandtabs(foo=1)", "'a'.encode(foo=1)",
    "(1).to_bytes(foo=1)", "int.from_bytes(b'', foo=1)", "[].sort(foo=1)", "sorted([], foo=1)",
    "sorted([], 1)", "sorted([2, 1], reverse=1, key=None)", "min(1, 2, foo=3)", "max([], default=4)",
]
for case in cases:
    try:
        print(case, "->", eval(case))
    except TypeError as e:
        print(case, "->", type(e).__name__, e)
