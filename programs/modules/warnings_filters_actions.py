# warnings through the native _warnings module: categories, stacklevel, the filter actions (error, ignore, always, once, module, default), catch_warnings(record=True), __warningregistry__ contents and version resets, and the errors for bad filters and categories.
import warnings
import _warnings

print(warnings.warn is _warnings.warn, warnings.filters is _warnings.filters)
print(warnings.defaultaction, warnings.onceregistry == {})
print(_warnings.filters[:2])


def inner(msg, level):
    warnings.warn(msg, RuntimeWarning, stacklevel=level)


def outer(msg, level):
    inner(msg, level)


def show(w):
    for m in w:
        print(" ", type(m.message).__name__, m.message, m.category.__name__, m.lineno, m.filename.endswith(".py"))
    w.clear()


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("user", UserWarning)
    warnings.warn(DeprecationWarning("instance"))
    warnings.warn(ValueError("not a warning"), SyntaxWarning)
    for level in (0, 1, 2, 3, 4, 50):
        outer("level %d" % level, level)
    show(w)

    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print("ignored:", len(w))

    warnings.resetwarnings()
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once only", UserWarning)
        warnings.warn("once only", RuntimeWarning)
    show(w)

    warnings.resetwarnings()
    warnings.simplefilter("module")
    for i in range(3):
        warnings.warn("per module")
    warnings.warn("per module")
    show(w)

    warnings.resetwarnings()
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("per line")
    warnings.warn("per line")
    show(w)
    reg = globals()["__warningregistry__"]
    print(sorted(((k if isinstance(k, str) else (k[0], k[1].__name__) + tuple(k[2:])) for k in reg), key=repr))

    # Mutating the filters bumps the version: the registry is reset.
    warnings.filterwarnings("default", message="per")
    warnings.warn("per line")
    show(w)
    print(reg["version"] >= 1, len(reg))

    warnings.filterwarnings("error", category=UserWarning)
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
    try:
        warnings.warn(UserWarning("the instance"))
    except UserWarning as e:
        print("raised:", type(e).__name__, e)
    warnings.warn("a runtime one", RuntimeWarning)
    show(w)

    warnings.resetwarnings()
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", module="__main__", lineno=999)
    warnings.warn("skip this")
    warnings.warn("keep this")
    show(w)

for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", "cat"), lambda: warnings.warn()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

saved = warnings.filters[:]
try:
    warnings.filters[:] = [("bogus", None, Warning, None, 0)]
    warnings._filters_mutated()
    warnings.warn("x")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings.filters[:] = [("always", None, Warning, None)]
    warnings.warn("x")
except ValueError as e:
    print("ValueError:", e)
try:
    warnings.filters[:] = [(1, None, Warning, None, 0)]
    warnings.warn("x")
except TypeError as e:
    print("TypeError:", e)
warnings.filters[:] = saved
warnings._filters_mutated()
print(warnings.filters == saved)
