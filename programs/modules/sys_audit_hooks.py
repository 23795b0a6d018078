# sys.addaudithook and sys.audit: hooks see (event, args tuple) for sys.audit, exec, eval, compile, import, id, sys._getframe and a function's guarded attributes; errors propagate
import sys

print(sys.audit("nobody.listens", 1, 2))
print(sys.audit(123))  # no hook: nothing is checked

seen = []
WATCH = {"compile", "exec", "import", "builtins.id", "sys._getframe", "object.__getattr__",
         "object.__setattr__", "object.__delattr__", "sys.addaudithook"}


importing = False


def hook(event, args):
    if importing:
        # Which other modules a library module imports on the way (and the
        # events their bodies raise) depends on what start-up imported.
        if event == "import" and args[0].startswith(("json", "colorsys")):
            pass
        elif event == "exec" and args[0].co_filename.endswith(("colorsys.py", ".py")) and (
                "json" in args[0].co_filename or "colorsys" in args[0].co_filename):
            print("hook: exec of", args[0].co_filename.rsplit("/", 2)[-2:])
            return
        else:
            return
    if event.startswith("my.") or event in WATCH:
        shown = []
        for a in args:
            if type(a).__name__ == "code":
                shown.append("<code %s>" % a.co_name)
            elif type(a).__name__ == "frame":
                shown.append("<frame>")
            elif type(a) is list:
                shown.append("<list>")
            elif type(a) is int and event == "builtins.id":
                shown.append("<id>")
            elif type(a).__name__ == "function":
                shown.append("<function %s>" % a.__name__)
            else:
                shown.append(repr(a))
        print("hook:", event, type(args).__name__, ", ".join(shown))
    seen.append(event)


sys.addaudithook(hook)
sys.audit("my.event", 1, "two", None)
sys.audit("my.empty")
try:
    sys.audit(123)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.audit()
except TypeError as e:
    print("TypeError:", e)

exec("x = 1")
print(eval("  1 + 2"))
print(eval(b"\t40 + 2"))
code = compile("y = 2", "my-file", "exec")
exec(code)
print(eval(compile("3 * 3", "expr", "eval")))
exec(b"z = 'bytes source'")


def f(a=1, *, b=2):
    return a + b


f.__code__
f.__defaults__ = (5,)
f.__defaults__ = None
f.__kwdefaults__ = {"b": 7}
del f.__kwdefaults__
x = object()
id(x)
sys._getframe()
sys._getframe().f_code
g = (i for i in range(2))
g.gi_code
g.gi_frame
try:
    1 / 0
except ZeroDivisionError as e:
    e.__traceback__.tb_frame
importing = True
import colorsys
import colorsys  # already imported: no event
from json import decoder
importing = False


# A hook raising an Exception keeps later hooks from being added, silently.
def refuser(event, args):
    if event == "sys.addaudithook":
        raise RuntimeError("no more hooks")


sys.addaudithook(refuser)
sys.addaudithook(lambda e, a: print("never added"))
sys.audit("my.after_refuser")


# An exception from a hook propagates out of the audited operation.
class Stop(Exception):
    pass


def blocker(event, args):
    if event == "my.blocked" or event == "exec" and args[0].co_name == "<module>":
        raise Stop(event)


# blocker cannot be added any more: refuser refuses it.
sys.addaudithook(blocker)
exec("print('still runs')")
print("my.after_refuser" in seen, seen.count("sys.addaudithook"))


class Hook:
    @property
    def __cantrace__(self):
        print("__cantrace__ looked up")
        return False

    def __call__(self, event, args):
        pass


try:
    sys.addaudithook(Hook())
except Exception as e:
    print("error", e)
print("done")
