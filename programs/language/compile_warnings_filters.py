# Compile-time warnings go through the warnings filters: "error" turns a SyntaxWarning (or the parser's invalid escape DeprecationWarning) into a SyntaxError at its location; "always" shows the hidden DeprecationWarning; "ignore" hides; a replaced showwarning receives them.
import warnings

def attempt(src, filename="snippet.py"):
    try:
        compile(src, filename, "exec")
        print("compiled", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, e.args)

warnings.simplefilter("always", DeprecationWarning)
attempt("x = '\\d'\n")
attempt("y = b'\\q' + b'\\400'\nz = '\\777'\n")
warnings.simplefilter("error")
attempt("x = 1 is 1")
attempt("def f():\n    return (1, 2)(3)\n")
attempt("assert (1, 'm')")
attempt("v = [1, 2]['a']")
attempt("s = 'ok'\nx = 'a\\d'\n")
attempt("s = '\\777'")
warnings.simplefilter("ignore")
attempt("x = 1 is 1")
warnings.resetwarnings()
warnings.filterwarnings("error", message=".*subscriptable", category=SyntaxWarning)
attempt("a = {1}[0]")
attempt("a = (1, 2)(0)")
warnings.resetwarnings()

def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, message, filename, lineno, file, line)

warnings.showwarning = show
attempt("x = 1 is 1\ny = 2 is not 'a'\n")
warnings.simplefilter("once")
attempt("x = 1 is 1\ny = 1 is 1\n")
attempt("x = 1 is 1")
