# A tour of library modules tutorials use, from CPython's own Lib/*.py:
# json, enum, copy, datetime (fixed dates), pprint, textwrap, heapq,
# bisect, string, graphlib, difflib, fnmatch, shlex, functools, collections.
import bisect
import copy
import datetime
import difflib
import enum
import fnmatch
import functools
import graphlib
import heapq
import json
import pprint
import shlex
import string
import textwrap
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

data = {"name": "refpy", "tags": ["heap", "gc"], "version": [0, 1], "ok": True, "none": None, "pi": 3.25}
text = json.dumps(data, sort_keys=True, indent=2)
print(text)
print(json.loads(text) == data, json.dumps([1, "é", {"a": 1.5}]), json.dumps("é", ensure_ascii=False))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e)


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"].value, list(Color), len(Color))
print(Perm.R | Perm.W, Perm(7), Perm.R in Perm(6), [p.name for p in Color])

nested = {"a": [1, 2, {"b": [3]}]}
deep = copy.deepcopy(nested)
shallow = copy.copy(nested)
deep["a"][2]["b"].append(4)
print(nested, deep, shallow["a"] is nested["a"])

d = datetime.date(2024, 2, 28)
print(d + datetime.timedelta(days=2), d.isoformat(), d.weekday(), d.strftime("%Y/%m/%d %A"))
dt = datetime.datetime(2024, 3, 1, 12, 30, 15)
print(dt, dt - datetime.datetime(2024, 1, 1), repr(datetime.timedelta(hours=25, seconds=3)))
print(datetime.datetime.fromisoformat("2021-05-06T07:08:09").replace(year=2022).isoformat())

pprint.pprint({"key%d" % i: list(range(i)) for i in range(8)}, width=60)
print(textwrap.fill("The quick brown fox jumps over the lazy dog. " * 3, width=30))
print(textwrap.dedent("    indented\n      more\n"), textwrap.shorten("Hello wonderful world", 15))

h = [5, 3, 8, 1]
heapq.heapify(h)
print(heapq.nsmallest(2, h), heapq.nlargest(2, h), [heapq.heappop(h) for _ in range(4)])
print(bisect.bisect([1, 3, 5], 4), string.capwords("hello world"), string.Template("$x!").substitute(x="hi"))
ts = graphlib.TopologicalSorter({"b": {"a"}, "c": {"b"}, "d": {"a"}})
print(list(ts.static_order()))
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], lineterm="")))
print(fnmatch.fnmatch("file.py", "*.py"), shlex.split('a "b c" d'), shlex.quote("it's"))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), functools.lru_cache(maxsize=None)(lambda n: n)(3))
Point = namedtuple("Point", "x y")
print(Point(1, 2), Counter("mississippi").most_common(2), deque([1, 2, 3], maxlen=2))
dd = defaultdict(list)
dd["k"].append(1)
print(dd, OrderedDict(a=1, b=2))
