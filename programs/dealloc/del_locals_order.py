# Locals die when the frame returns, before the caller's next statement, in
# local-slot order: parameters first, then other locals in order of first
# appearance in the body, whatever the assignment order (spec 1.1, 2.1).


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def f(p, q):
    if p is None:
        late = 0             # 'late' appears first in the body, assigned last
    second = Noisy("second")
    first = Noisy("first")
    late = Noisy("late")
    print("  returning")


print("call f:")
f(Noisy("param p"), Noisy("param q"))
print("after f")


def g(keep):
    a = Noisy("a")
    b = Noisy("b")
    del a                    # dies here, not at return
    b = Noisy("b2")          # old b dies after the new one is stored
    print("  returning", keep.name)
    return keep


print("call g:")
kept = g(Noisy("returned"))
print("after g, kept:", kept.name)


def with_cell():
    captured = Noisy("cell variable")
    plain = Noisy("plain local")

    def reader():
        return captured
    print("  returning")


print("call with_cell:")
with_cell()
print("after with_cell")


def raising():
    local = Noisy("local of a raising frame")
    raise KeyError("k")


print("call raising:")
try:
    raising()
except KeyError:
    print("  handler runs (the traceback keeps the frame alive)")
print("after the handler")
del kept
print("end")
