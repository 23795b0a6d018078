# contextvars: ContextVar get/set/reset, Token, copy_context, Context.run and the mapping view, with refcounts and sizes
import contextvars
import sys
import gc

request = contextvars.ContextVar("request")
level = contextvars.ContextVar("level", default=0)
print(request.name, level.name, level.get())
try:
    request.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0].name)
print(request.get("fallback"), level.get(5))

tok = request.set("first")
print(request.get(), tok.var is request, tok.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
tok2 = request.set("second")
print(request.get(), tok2.old_value)
request.reset(tok2)
print(request.get())
try:
    request.reset(tok2)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("<Token used var=<ContextVar name='request' at "))
try:
    level.reset(tok)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
try:
    request.reset(1)
except TypeError as e:
    print(e)

def show(tag):
    print(tag, request.get("-"), level.get())
    level.set(level.get() + 1)
    return level.get()

ctx = contextvars.copy_context()
print(len(ctx), request in ctx, level in ctx, ctx[request], ctx.get(level, "nope"))
r = ctx.run(show, "in ctx")
print("run returned", r, "outside level", level.get(), "ctx level", ctx[level])
print(sorted(v.name for v in ctx), sorted(k.name for k in ctx.keys()))
print(sorted((k.name, v) for k, v in ctx.items()), sorted(map(str, ctx.values())))
print(type(ctx.items()).__name__, len(ctx.items()))

try:
    ctx.run(ctx.run, show, "nested")
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context: <_contextvars.Context object at "))

empty = contextvars.Context()
print(len(empty), empty.run(lambda: request.get("unset")))
print(ctx == ctx.copy(), ctx == empty, ctx != empty)
try:
    ctx[1]
except TypeError as e:
    print(e)
try:
    ctx[contextvars.ContextVar("other")]
except KeyError as e:
    print("KeyError", e.args[0].name)
try:
    contextvars.Context(1)
except TypeError as e:
    print(e)
try:
    ctx.run()
except TypeError as e:
    print(e)
try:
    hash(ctx)
except TypeError as e:
    print(e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print(e)
try:
    contextvars.Token()
except RuntimeError as e:
    print(e)
print(contextvars.ContextVar[int])

# kwargs pass through run
def kw(a, *, b):
    return a + b
print(ctx.run(kw, 1, b=2))

# refcounts: a value held by a context and by the thread's context
class Payload:
    def __del__(self):
        print("Payload freed")

v = contextvars.ContextVar("payload")
p = Payload()
base = sys.getrefcount(p)
t = v.set(p)
print("after set", sys.getrefcount(p) - base)
c2 = contextvars.copy_context()
print("after copy", sys.getrefcount(p) - base)
c2.run(v.set, None)
print("after set in copy", sys.getrefcount(p) - base)
v.reset(t)
print("after reset", sys.getrefcount(p) - base)
del t
print("after del token", sys.getrefcount(p) - base)
del c2
print("after del copy", sys.getrefcount(p) - base)
del p
print("deleted")

# sizes and tracking
print(sys.getsizeof(request), sys.getsizeof(ctx), sys.getsizeof(request.set(1)), sys.getsizeof(ctx.items()))
print(gc.is_tracked(request), gc.is_tracked(contextvars.ContextVar("l", default=[])), gc.is_tracked(ctx))

# a cycle through a context: a value referring to the context holding it
class Node:
    def __del__(self):
        print("Node freed")

def make_cycle():
    c = contextvars.Context()
    n = Node()
    n.ctx = c
    c.run(v.set, n)
make_cycle()
print("collected", gc.collect() > 0)
print("end")
