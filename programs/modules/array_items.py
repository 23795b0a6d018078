# array.array item conversion for every typecode, as CPython's setitem functions do it: ints through __index__, C range checks in getargs.c's words then the type's own, floats rounded to float32 for 'f', one code point for 'u'
from array import array


class Idx:
    def __index__(self):
        return 7


for tc in "bBuhHiIlLqQfd":
    out = []
    for v in [1.5, "x", None, Idx(), True, -1, 2**7, 2**8, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64,
              -2**7 - 1, -2**15 - 1, -2**31 - 1, -2**63 - 1, "ab", 1e400, 2**1030]:
        try:
            a = array(tc, [v])
            out.append(repr(a[0]))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(tc, out)
