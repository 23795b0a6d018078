# traceback.print_exception, format_exception, TracebackException and print_exc on exception groups (lib/traceback.py): boxes, width/depth limits, causes, a single exception raised out of except*.
import traceback, sys


def g(n):
    excs = []
    for i in range(n):
        try:
            raise OSError(i)
        except OSError as e:
            e.add_note(f"note {i}")
            excs.append(e)
    return ExceptionGroup("many", excs)


try:
    try:
        raise g(3)
    except* OSError as e:
        raise KeyError("new") from e
except Exception as e:
    traceback.print_exception(e, file=sys.stdout)
    print("".join(traceback.format_exception(e, limit=1)))
    te = traceback.TracebackException.from_exception(e, max_group_width=2, max_group_depth=1)
    print("".join(te.format()))
    traceback.print_exc(file=sys.stdout)


def deep(n):
    if n == 0:
        return ValueError("bottom")
    return ExceptionGroup(f"d{n}", [deep(n - 1), TypeError(n)])


print("".join(traceback.TracebackException.from_exception(deep(3), max_group_depth=2).format()))
print(traceback.format_exception_only(ExceptionGroup("x", [ValueError()])))
try:
    try:
        raise ExceptionGroup("eg", [OSError(1)])
    except* OSError as e:
        raise KeyError("single") from e
except Exception as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
