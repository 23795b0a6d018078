# Where a runaway recursion through native code meets the limit decides
# its message: a Python frame adds nothing, a call of a class or a
# built-in " while calling a Python object", str() " while getting the
# str of an object", a metaclass's __instancecheck__ " in
# __instancecheck__", a comparison " in comparison". Each case runs from
# freshly compiled code at four limits in a row, so the calls' cold and
# quickened phases and every phase of each cycle meet the limit.
import sys

CASES = {
    "str_of_repr": """
class R:
    def __repr__(self):
        return repr(self)
run = lambda: str(R())
""",
    "print_str": """
class S:
    def __str__(self):
        return str(self)
run = lambda: print(S())
""",
    "isinstance": """
class M(type):
    def __instancecheck__(cls, o):
        return isinstance(o, cls)
class X(metaclass=M):
    pass
run = lambda: isinstance(1, X)
""",
    "issubclass": """
class M(type):
    def __subclasscheck__(cls, o):
        return issubclass(o, cls)
class X(metaclass=M):
    pass
run = lambda: issubclass(int, X)
""",
    "sorted_key": """
def key(x):
    return sorted([x, x], key=key)
run = lambda: sorted([1], key=key)
""",
    "sort_lt": """
class LT:
    def __lt__(self, o):
        return sorted([self, o])
run = lambda: sorted([LT(), LT()])
""",
    "len": """
class L:
    def __len__(self):
        return len(self)
run = lambda: len(L())
""",
    "format": """
class F:
    def __format__(self, spec):
        return format(self, spec)
run = lambda: format(F(), "")
""",
    "iter": """
class I:
    def __iter__(self):
        return iter(self)
run = lambda: iter(I())
""",
    "init": """
class A:
    def __init__(self):
        self.child = A()
run = lambda: A()
""",
    "eq": """
class E:
    def __eq__(self, o):
        return self == o
run = lambda: E() == 1
""",
    "property": """
class P:
    @property
    def x(self):
        return self.x
run = lambda: P().x
""",
    "getattr": """
class G:
    def __getattr__(self, name):
        return getattr(self, name)
run = lambda: G().x
""",
    "nested_lists": """
a = []
b = []
for i in range(400):
    a = [a]
    b = [b]
run = lambda: a == b
""",
    "max_key": """
def key(x):
    return max([x], key=key)
run = lambda: max([1], key=key)
""",
}

for limit in (150, 151, 152, 153):
    print("limit", limit)
    for name, source in CASES.items():
        sys.setrecursionlimit(1000)
        namespace = {}
        exec(source, namespace)
        sys.setrecursionlimit(limit)
        try:
            namespace["run"]()
            print(f"  {name:12} no error")
        except RecursionError as error:
            print(f"  {name:12} {error}")
sys.setrecursionlimit(1000)
