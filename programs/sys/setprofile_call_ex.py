# A profile function sees 'c_call' and 'c_return' (or 'c_exception') for a
# built-in function or method descriptor called with *args or **kwargs
# (CALL_FUNCTION_EX), as for a plain call.
import sys


def profiler(frame, event, arg):
    if event.startswith("c_"):
        print(" ", event, getattr(arg, "__qualname__", arg))


args = (1, 2)
words = ["b", "a"]
opts = {"sep": "-"}
sys.setprofile(profiler)
print(*args)
print(*args, **opts)
len(*[words])
sorted(*[words], **{"reverse": True})
list.sort(*[words])
str.join(*["+", words])
try:
    int(*["x"])
except ValueError:
    pass
try:
    divmod(*[1, 0])
except ZeroDivisionError:
    pass
sys.setprofile(None)
print(words)
