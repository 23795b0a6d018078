# What generation 0 counts for exceptions raised by native code (spec 11):
# CPython keeps such an exception as a type and a value until something
# needs the instance (_PyErr_NormalizeException) - a handler is entered,
# it is reported, or it is raised while another is handled - so its args
# tuple and the instance are allocated then, after the traceback and the
# frame object, and the args tuple reuses the call's own argument tuple
# from the freelist. One cleared inside native code (getattr() with a
# default, next() with a default) is never made. Each case after a full
# collection, then again with small thresholds to place the collections.
import gc


def cases():
    try:
        int(float("inf"))
    except OverflowError as e:
        pass
    try:
        int("x")
    except ValueError:
        pass
    try:
        {}["k"]
    except KeyError as e:
        pass
    try:
        [].pop()
    except IndexError:
        pass
    getattr(1, "nope", None)
    next(iter([]), None)
    try:
        "abc".index("z")
    except ValueError:
        pass
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            int("y")
        except ValueError as e:
            pass


def one(label, f):
    gc.collect()
    before = gc.get_count()
    f()
    print(label, before, gc.get_count())


one("cases", cases)
gc.disable()
for name, src in [
    ("overflow", "int(float('inf'))"),
    ("value", "int('x')"),
    ("key", "{}['k']"),
    ("index", "[].pop()"),
    ("zero", "1 / 0"),
    ("attr", "(1).nope"),
]:
    code = compile("try:\n    " + src + "\nexcept Exception as e:\n    pass\n", name, "exec")
    gc.collect()
    before = gc.get_count()
    exec(code, {})
    print(name, before, gc.get_count())
gc.enable()
for t in range(1, 16):
    gc.collect()
    gc.set_threshold(t, 1, 1)
    cases()
    print(t, gc.get_count())
gc.set_threshold(700, 10, 10)
