# contextlib.redirect_stdout and redirect_stderr into io.StringIO objects, nested, with print() and sys.stdout.write inside
import contextlib
import io
import sys

with contextlib.redirect_stdout(io.StringIO()) as out:
    print("redirected", 1, 2)
    sys.stdout.write("written\n")
    inner = io.StringIO()
    with contextlib.redirect_stdout(inner):
        print("inner")
    print("after inner")
print(repr(out.getvalue()), repr(inner.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()), sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
