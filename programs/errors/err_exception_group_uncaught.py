# Uncaught exception groups and sys.excepthook: the nested boxes, notes (multi-line, non-str, non-sequence), chained causes inside boxes, "and N more exceptions", "... (max_group_depth is 10)".
import sys
def f(n):
    if n == 0:
        raise ValueError("leaf\nsecond line")
    try:
        f(n - 1)
    except Exception as e:
        raise ExceptionGroup(f"level {n}", [e, TypeError(n)]) from None
def g():
    excs = []
    for i in range(20):
        try:
            raise OSError(i)
        except OSError as e:
            e.add_note(f"note {i}\nline2")
            excs.append(e)
    return ExceptionGroup("many", excs)
try:
    raise g()
except Exception as e:
    sys.excepthook(type(e), e, e.__traceback__)
try:
    raise ExceptionGroup("top", [g(), KeyError("x")])
except Exception as e:
    sys.excepthook(type(e), e, e.__traceback__)
try:
    try:
        1/0
    except ZeroDivisionError as z:
        raise ExceptionGroup("ctx", [z, ExceptionGroup("nested", [ValueError(1)])])
except Exception as e:
    e.add_note("group note")
    e.__notes__.append(42)
    sys.excepthook(type(e), e, e.__traceback__)
x = ExceptionGroup("nt", [ValueError()])
x.__notes__ = 5
try:
    raise x
except Exception as e:
    sys.excepthook(type(e), e, e.__traceback__)
def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"d{n}", [deep(n - 1)])
sys.excepthook(ExceptionGroup, deep(13), None)
f(3)
