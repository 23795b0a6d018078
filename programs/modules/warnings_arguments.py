# warnings.warn and warn_explicit arguments as _warnings.c parses them: non-str messages, bad stacklevel and lineno values (TypeError, OverflowError), a bad registry, module or category, an unknown keyword; a non-str message against a regex filter.
import warnings
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    t(lambda: warnings.warn(123))
    t(lambda: warnings.warn(None))
    t(lambda: warnings.warn("x", stacklevel="a"))
    t(lambda: warnings.warn("x", stacklevel=2**70))
    t(lambda: warnings.warn("x", category=None, stacklevel=-5))
    t(lambda: warnings.warn_explicit("x", UserWarning, "f.py", 2**40))
    t(lambda: warnings.warn_explicit("x", UserWarning, "f.py", 1.5))
    t(lambda: warnings.warn_explicit("x", UserWarning, "f.py", 2**70))
    t(lambda: warnings.warn_explicit("x", UserWarning, "f.py", -2**40))
    t(lambda: warnings.warn_explicit("x", UserWarning, "f.py", 1, module=5))
    t(lambda: warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=[1]))
    t(lambda: warnings.warn_explicit("x", None, "f.py", 1))
    t(lambda: warnings.warn_explicit(b"x", UserWarning, "f.py", 1, foo=1))
    print([(repr(m.message), m.category.__name__, m.filename, m.lineno) for m in w])
warnings.filterwarnings("default", module="__main__")
t(lambda: warnings.warn_explicit("x", UserWarning, "f.py", 1, module=5))
warnings.resetwarnings()
warnings.filterwarnings("always", message="abc")
t(lambda: warnings.warn(5))
