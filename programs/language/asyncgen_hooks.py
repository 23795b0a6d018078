# sys.set_asyncgen_hooks: firstiter sees each async generator at its first
# __anext__/asend/athrow/aclose; the finalizer (taken at that moment)
# replaces closing when an unfinished one is dropped, and can close it.
import sys


def step(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


seen = []


def firstiter(agen):
    print("firstiter:", agen.__qualname__)
    seen.append(agen.__qualname__)


pending = []


def finalizer(agen):
    print("finalizer:", agen.__qualname__, "running:", agen.ag_running)
    pending.append(agen)


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers finally")


print(sys.get_asyncgen_hooks()[0] is None, sys.get_asyncgen_hooks()[1] is None)
sys.set_asyncgen_hooks(firstiter, finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks[0] is firstiter, hooks[1] is finalizer)

g = numbers()
print("created; first step:", step(g.__anext__()))
print("dropping")
del g
print("pending:", len(pending))
agen = pending.pop()
print("closing it:", step(agen.aclose()))
del agen

never = numbers()
del never
print("unstarted one dropped without hooks firing")

sys.set_asyncgen_hooks(finalizer=None)
g = numbers()
step(g.asend(None))
del g
print("after clearing the finalizer")

sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks()[0], sys.get_asyncgen_hooks()[1])
try:
    sys.set_asyncgen_hooks(firstiter=42)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.set_asyncgen_hooks(finalizer="x")
except TypeError as e:
    print("TypeError:", e)
print(seen)
