# The traceback and linecache modules read the program's and the library's source lines as CPython's do from the files: traceback.print_exc, format_exc, format_stack, extract_tb's FrameSummary lines, linecache.getline/getlines, and warnings.warn printing the warned line
import json
import linecache
import traceback
import warnings


def fail(n):
    if n == 0:
        raise KeyError("missing")
    return fail(n - 1)


def outer():
    fail(2)


try:
    outer()
except KeyError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text.count("\n"), "lines; last:", text.splitlines()[-1])

try:
    outer()
except KeyError as e:
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, repr(fs.line))

print(traceback.format_stack(limit=1)[0], end="")
print(repr(linecache.getline(__file__, 9)))
print(len(linecache.getlines(__file__)), "lines in this program")
print(repr(linecache.getline(json.__file__, 1)))
print(repr(linecache.getline(__file__, 10_000)), repr(linecache.getline("<string>", 1)))


def careful():
    warnings.warn("careful with that", UserWarning, stacklevel=2)


careful()
careful()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    careful()
    careful()
print("done")
