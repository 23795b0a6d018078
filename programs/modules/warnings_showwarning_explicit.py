# warnings.showwarning replaced by a function gets each shown warning; warn_explicit with and without a registry (its keys, "module" and "once" entries, the version reset), module_globals' loader source line; a DeprecationWarning from __main__ is shown by the default filters, one from a library module is not.
import sys
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, repr(str(message)), type(message).__name__, filename, lineno, repr(line))


warnings.showwarning = show

warnings.warn("from main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("runtime", RuntimeWarning)

lib = type(sys)("somelib")
exec("import warnings\ndef old():\n    warnings.warn('old api', DeprecationWarning, stacklevel=1)\n", lib.__dict__)
lib.old()
print("somelib registry:", lib.__dict__.get("__warningregistry__"))


def caller():
    lib.old()


exec("import warnings\ndef old2():\n    warnings.warn('old api 2', DeprecationWarning, stacklevel=2)\n", lib.__dict__)
lib.old2()

reg = {}
for i in range(2):
    warnings.warn_explicit("explicit", UserWarning, "fake.py", 10, registry=reg)
print(sorted(map(repr, reg)))
warnings.warn_explicit("explicit", UserWarning, "fake.py", 10)
warnings.warn_explicit("explicit", UserWarning, "fake.py", 10)
warnings.warn_explicit("modname", UserWarning, "other.py", 3, module="mod.x", registry=None)
warnings.warn_explicit(UserWarning("an instance"), RuntimeWarning, "f.py", 1)
print(warnings.warn_explicit("ignored late", UserWarning, "f.py", 1, module=None))

warnings.filterwarnings("module", message="mod")
reg = {}
for ln in (1, 2, 3):
    warnings.warn_explicit("mod warn", UserWarning, "m.py", ln, registry=reg)
print(sorted(map(repr, reg)))
warnings.filterwarnings("once", message="once")
for ln in (1, 2):
    warnings.warn_explicit("once warn", UserWarning, "o.py", ln, registry={})
print(sorted(map(repr, warnings.onceregistry)))
warnings.filterwarnings("ignore", module="quiet")
warnings.warn_explicit("hidden", UserWarning, "quiet.py", 1)
warnings.warn_explicit("hidden", UserWarning, "q.py", 1, module="quiet.sub")


class Loader:
    def get_source(self, name):
        print("get_source", name)
        return "line one\n    line two  \nline three\n"


g = {"__loader__": Loader(), "__name__": "loaded"}
warnings.warn_explicit("with globals", UserWarning, "loaded.py", 2, module_globals=g)
g2 = {"__name__": "noloader"}
warnings.warn_explicit("no loader", UserWarning, "nl.py", 2, module_globals=g2)

for args in [("m", UserWarning, 1, 1), ("m", UserWarning, "f.py", 1, None, [])]:
    try:
        warnings.warn_explicit(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    warnings.warn_explicit("m", UserWarning, "f.py", 1, module_globals=[])
except TypeError as e:
    print("TypeError:", e)

warnings.showwarning = 42
try:
    warnings.warn("not callable")
except TypeError as e:
    print("TypeError:", e)
warnings._showwarnmsg = None
try:
    warnings.warn("not callable either")
except TypeError as e:
    print("TypeError:", e)
