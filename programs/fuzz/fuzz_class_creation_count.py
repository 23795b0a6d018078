# Generation 0's count across class creation, after a full collection:
# type() and class statements with no base, one base written in Python,
# two bases, and __slots__ (found by test/fuzz).
import gc

class Base:
    pass

class Other:
    pass

def with_slots():
    class X:
        __slots__ = ("a", "b")
    return X

def with_base():
    class X(Base):
        pass
    return X

keep = []
cases = [
    "type('X', (), {})", "type('X', (Base,), {})", "type('X', (Base,), {})",
    "type('X', (Base, Other), {})", "type('X', (Other,), {})", "with_slots()", "with_base()",
]
for case in cases:
    code = compile(case, "<case>", "eval")
    gc.collect()
    a = gc.get_count()[0]
    keep.append(eval(code))
    b = gc.get_count()[0]
    print(f"{case:30} {b - a}")
