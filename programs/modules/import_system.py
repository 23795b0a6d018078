# The import system over the library: plain and dotted forms, aliases,
# from-imports, __import__, sys.modules caching, module attributes, and
# CPython's ImportError / ModuleNotFoundError messages.
import sys
import keyword
import keyword as kw
from heapq import heappush, heappop
from bisect import *

print(keyword is kw, keyword.iskeyword("while"), kw.softkwlist)
h = []
for x in [5, 1, 4, 2]:
    heappush(h, x)
print([heappop(h) for _ in range(4)])
print(bisect_left([1, 2, 2, 3], 2), bisect_right([1, 2, 2, 3], 2))
print(keyword.__name__, keyword.__file__, keyword.__package__)
print(keyword)
print(sys.modules["keyword"] is keyword, "heapq" in sys.modules, "bisect" in sys.modules)
print(__import__("operator").add(2, 3))
m = __import__("operator", globals(), None, ["itemgetter"], 0)
print(m.itemgetter(1)("abc"))
print(type(keyword.__builtins__).__name__)

for stmt in ["import no_such_module", "import keyword.sub", "from keyword import no_such_name",
             "from . import keyword", "from .. import x", "import no_such_pkg.sub",
             "__import__('')", "__import__('keyword', level=-1)", "__import__(1)"]:
    try:
        exec(stmt)
    except Exception as e:
        print(stmt, "->", type(e).__name__, e, getattr(e, "name", "-"))

import heapq
print(heapq.nlargest(2, [3, 1, 2]))
heapq.nlargest(1, [1, "a", 2])
