# CPython's test_sneaky_frame_object (GH-97002): the allocation of a frame
# object runs a collection whose callback asks for the same frame's
# object; the one made first (in the callback) is the frame's, and the
# other is dropped, so no frame object is left with a reference nobody
# holds. The fuzzer found the same with a __del__ that raises while a
# collection runs under a small threshold.
import gc, sys

def trace(frame, event, arg):
    """Does nothing: makes the frame objects exist."""

def callback(phase, info):
    global sneaky_frame_object
    sneaky_frame_object = sys._getframe().f_back
    gc.callbacks.remove(callback)

def f():
    while True:
        yield

gc.disable()
g = f()
next(g)
gc.collect()
gc.set_threshold(1, 0, 0)
sys.settrace(trace)
gc.callbacks.append(callback)
sneaky_frame_object = None
gc.enable()
next(g)
sys.settrace(None)
gc.set_threshold(700, 10, 10)
print(g.gi_frame is sneaky_frame_object, type(sneaky_frame_object).__name__)
print(sneaky_frame_object.f_code.co_name, sys.getrefcount(g.gi_frame))
