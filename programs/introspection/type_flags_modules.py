# type.__flags__ (without the attribute cache's version-tag bit), __basicsize__, __itemsize__, __dictoffset__ and __weakrefoffset__ of native modules' types: CPython's.
import collections, itertools, array, math, re, io, functools, operator
for t in (collections.deque, collections.OrderedDict, collections.defaultdict, itertools.count, itertools.chain, array.array, re.Pattern, re.Match, io.StringIO, io.BytesIO, io.TextIOWrapper, functools.partial, operator.itemgetter, type(iter(collections.deque()))):
    print(t.__name__, t.__flags__ & ~(1 << 19), t.__basicsize__, t.__itemsize__, t.__dictoffset__, t.__weakrefoffset__)
