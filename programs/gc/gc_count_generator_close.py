# Closing a generator raises GeneratorExit in it (PyErr_SetNone): the
# exception object is made only when a handler in the generator needs it,
# so closing an unstarted generator, or one suspended outside any try,
# allocates no exception. Under a small threshold the counts show where
# the collections fall.
import gc

def g():
    yield 1

def h():
    try:
        yield 1
    finally:
        print("finally")

def k():
    try:
        yield 1
    except GeneratorExit as e:
        print("caught", type(e).__name__, e.args)
        raise

def counts(label, f):
    out = []
    for threshold in range(1, 6):
        gc.collect()
        gc.set_threshold(threshold, 1000, 1000)
        f()
        out.append(gc.get_count()[:2])
        gc.set_threshold(700, 10, 10)
    print(label, out)

def unstarted(gen):
    def run():
        x = gen()
        del x
    return run

def started(gen):
    def run():
        x = gen()
        next(x)
        x.close()
    return run

for gen in (g, h, k):
    counts(gen.__name__ + " unstarted", unstarted(gen))
    counts(gen.__name__ + " started", started(gen))
try:
    raise ValueError
except ValueError:
    counts("g started, in a handler", started(g))
