# sys.displayhook, sys.unraisablehook (UnraisableHookArgs) and sys.breakpointhook with builtins.breakpoint(), each replaceable and kept as __NAME__; the default breakpoint hook warns when pdb cannot be imported.
import sys
import builtins

print(sys.displayhook is sys.__displayhook__, sys.unraisablehook is sys.__unraisablehook__)
print(sys.breakpointhook is sys.__breakpointhook__, sys.displayhook)
sys.displayhook(None)
print(hasattr(builtins, "_"))
sys.displayhook(42)
print(builtins._)
sys.displayhook("text")
print(builtins._)
for bad in [(), (1, 2)]:
    try:
        sys.displayhook(*bad)
    except TypeError as e:
        print("TypeError", e)

class Noisy:
    def __del__(self):
        raise ValueError("from __del__")

def hook(args):
    print("hook:", type(args).__name__, args.exc_type.__name__, args.exc_value, args.err_msg)
    print("  object:", args.object.__qualname__, type(args.exc_traceback).__name__)
    print("  fields:", len(args), args[0] is args.exc_type)

sys.unraisablehook = hook
Noisy()
print("after first")

def failing_hook(args):
    raise RuntimeError("hook failed")

sys.unraisablehook = failing_hook
Noisy()
sys.unraisablehook = sys.__unraisablehook__
Noisy()
try:
    sys.unraisablehook(1)
except TypeError as e:
    print("TypeError", e)
captured = []
sys.unraisablehook = captured.append
Noisy()
args = captured.pop()
print(type(args), args.err_msg, args.exc_value)
del args
sys.unraisablehook = sys.__unraisablehook__

def bp(*args, **kwargs):
    print("breakpointhook", args, kwargs)
    return "result"

sys.breakpointhook = bp
print(breakpoint(1, 2, key="value"))
sys.breakpointhook = sys.__breakpointhook__
sys.modules["pdb"] = None
print(breakpoint())
print(sys.breakpointhook())
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
sys.breakpointhook = sys.__breakpointhook__
