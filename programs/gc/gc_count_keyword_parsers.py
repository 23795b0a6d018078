# A built-in function whose arguments Argument Clinic parses keeps a static
# parser, whose tuple of keyword names CPython 3.11 makes the first time a
# call passes keywords (then never again): one more allocation for the
# collector, on the first such call of the process only. Each line shows
# what the first and the second call with keywords add to generation 0's
# count, after a full collection (which empties the freelists).
import gc, itertools, functools, collections, math

L = [3, 1, 2]
cases = [
    "sorted(L, key=abs)", "L.sort(reverse=True)", "'a b'.split(sep=' ')",
    "'a b'.rsplit(maxsplit=1)", "'a\\nb'.splitlines(keepends=True)",
    "'a'.encode(encoding='ascii')", "b'a'.decode(errors='strict')",
    "int('10', base=2)", "(5).to_bytes(2, byteorder='big')",
    "int.from_bytes(b'ab', byteorder='little')", "enumerate(L, start=1)",
    "round(2.5, ndigits=0)", "sum(L, start=0)", "'\\t'.expandtabs(tabsize=4)",
    "str(b'a', encoding='ascii')", "bytes('a', encoding='ascii')",
    "print(end='')", "list(itertools.accumulate(L, initial=0))",
    "list(itertools.zip_longest(L, L, fillvalue=0))", "itertools.count(start=1)",
    "itertools.combinations(L, r=2)", "itertools.permutations(L, r=2)",
    "collections.deque(L, maxlen=2)", "math.isclose(1.0, 1.0, rel_tol=0.5)",
    "math.prod(L, start=1)", "max(L, key=abs)", "min(L, default=0)",
    "dict.fromkeys(L, 0)", "'{x}'.format(x=1)",
    "pow(2, exp=3)", "divmod(7, 2)", "float('1.5')",
    "[].index", "list(range(3)).index(1, 0)", "bytearray(b'ab').hex(sep=':')",
    "memoryview(b'ab').tobytes(order='C')", "(1.5).hex()",
]
for case in cases:
    code = compile(case, "<case>", "eval")
    gc.collect()
    a = gc.get_count()[0]
    eval(code)
    b = gc.get_count()[0]
    eval(code)
    c = gc.get_count()[0]
    print(f"{case:50} {b - a} {c - b}")
