"""test/dir-compare/: CPython 3.11's dir() of every built-in type and native module.

The subjects: every type in builtins; the types a program reaches as
type(x) (functions, methods, descriptors, generators, frames, code, cells,
tracebacks, dict views, the iterators, mappingproxy, NoneType, ...); the
builtins module and each native module refpy provides (its inittab in
src/runtime/lifecycle.ts, less refpy's own `_asyncio` and the modules
CPython writes in Python), with every type they hold. Each subject is a
label, an expression reaching it after test/dir-compare/objects.py has
run, and CPython's sorted dir() of it; cpython-dir.json holds the list.
test/dir-compare.test.ts evaluates the same expressions under refpy.
CPython runs as `python3 -s` (site, as for the programs), PYTHONHASHSEED=0.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

FOLDER = Path(__file__).resolve().parents[1] / "dir-compare"

# The native modules (CPython's C modules among refpy's inittab).
MODULES = ["sys", "math", "cmath", "time", "gc", "itertools", "_collections", "_functools",
           "_operator", "_io", "_sre", "posix", "_weakref", "_thread", "atexit", "_codecs",
           "_string", "_random", "_heapq", "_bisect", "array", "_ast"]

# Objects reached as type(x) or as an attribute: (label, expression).
REACHED = [
    ("NoneType", "type(None)"),
    ("NotImplementedType", "type(NotImplemented)"),
    ("ellipsis", "type(Ellipsis)"),
    ("function", "type(_gen)"),
    ("method", "type(_Plain().method)"),
    ("builtin_function_or_method", "type(len)"),
    ("method-wrapper", "type((1).__add__)"),
    ("wrapper_descriptor", "type(int.__add__)"),
    ("method_descriptor", "type(str.join)"),
    ("classmethod_descriptor", "type(dict.__dict__['fromkeys'])"),
    ("getset_descriptor", "type(type.__dict__['__name__'])"),
    ("member_descriptor", "type(_Slotted.slot)"),
    ("generator", "type(_g)"),
    ("coroutine", "type(_c)"),
    ("async_generator", "type(_a)"),
    ("frame", "type(sys._getframe())"),
    ("code", "type(_gen.__code__)"),
    ("cell", "type(_closure().__closure__[0])"),
    ("traceback", "type(_traceback())"),
    ("module", "type(sys)"),
    ("mappingproxy", "type(type.__dict__)"),
    ("dict_keys", "type(_d.keys())"),
    ("dict_values", "type(_d.values())"),
    ("dict_items", "type(_d.items())"),
    ("dict_keyiterator", "type(iter(_d))"),
    ("dict_valueiterator", "type(iter(_d.values()))"),
    ("dict_itemiterator", "type(iter(_d.items()))"),
    ("dict_reversekeyiterator", "type(reversed(_d))"),
    ("dict_reversevalueiterator", "type(reversed(_d.values()))"),
    ("dict_reverseitemiterator", "type(reversed(_d.items()))"),
    ("list_iterator", "type(iter([]))"),
    ("list_reverseiterator", "type(reversed([]))"),
    ("tuple_iterator", "type(iter(()))"),
    ("str_ascii_iterator", "type(iter(''))"),
    ("str_iterator", "type(iter('\\xe9'))"),
    ("set_iterator", "type(iter(set()))"),
    ("range_iterator", "type(iter(range(0)))"),
    ("longrange_iterator", "type(iter(range(2**64)))"),
    ("bytes_iterator", "type(iter(b''))"),
    ("bytearray_iterator", "type(iter(bytearray()))"),
    ("iterator", "type(iter(_Sequence()))"),
    ("callable_iterator", "type(iter(int, 0))"),
    ("types.GenericAlias", "type(list[int])"),
    ("types.UnionType", "type(int | str)"),
    ("types.SimpleNamespace", "types.SimpleNamespace"),
    ("a class statement's class", "_Plain"),
    ("its instance", "_Plain()"),
    ("an exception instance", "ValueError()"),
    ("sys.flags", "type(sys.flags)"),
    ("sys.float_info", "type(sys.float_info)"),
    ("sys.int_info", "type(sys.int_info)"),
    ("sys.hash_info", "type(sys.hash_info)"),
    ("sys.version_info", "type(sys.version_info)"),
    ("sys.thread_info", "type(sys.thread_info)"),
    ("sys.implementation", "sys.implementation"),
    ("re.Pattern", "type(_pattern)"),
    ("re.Match", "type(_pattern.match(''))"),
    ("_sre.SRE_Scanner", "type(_pattern.scanner(''))"),
]

LISTING = r'''
import json
REACHED = %r
MODULES = %r
subjects = [(name, "builtins." + name) for name in dir(builtins)
            if isinstance(getattr(builtins, name), type) and not name.startswith("_")]
seen = {id(getattr(builtins, name)) for name in dir(builtins)}
subjects += REACHED
subjects.append(("builtins", "builtins"))
for module in MODULES:
    expr = "__import__(%%r)" %% module
    subjects.append((module, expr))
    m = __import__(module)
    for name in dir(m):
        value = getattr(m, name)
        if isinstance(value, type) and id(value) not in seen:
            seen.add(id(value))
            subjects.append((module + "." + name, expr + "." + name))
print(json.dumps([{"label": label, "expr": expr, "names": dir(eval(expr))}
                  for label, expr in subjects], indent=1))
'''


def goldens() -> dict:
    """Golden file -> contents: cpython-dir.json."""
    program = (FOLDER / "objects.py").read_text() + LISTING % (REACHED, MODULES)
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    r = subprocess.run([sys.executable, "-s", "-c", program], capture_output=True, check=True, env=env)
    return {FOLDER / "cpython-dir.json": r.stdout}
