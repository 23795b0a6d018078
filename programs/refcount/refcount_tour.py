# sys.getrefcount on objects whose counts are stable (instances, lists,
# dicts, functions): names, containers, arguments, closures, attributes.
import sys


class Thing:
    pass


def count(label, obj):
    # our parameter holds one more reference; subtract it to get the caller's view
    print(f"{label:<34} {sys.getrefcount(obj) - 1}")


t = Thing()
print("one name, getrefcount says", sys.getrefcount(t))
count("one name (seen from a function)", t)
box = [t, t, t]
count("plus three list slots", t)
table = {"a": t, "b": t}
count("plus two dict values", t)
holder = Thing()
holder.item = t
count("plus an attribute", t)
del box, table
holder.item = None
count("containers dropped", t)

data = [1, 2, 3]
print("list, one name:", sys.getrefcount(data))
nested = {"list": data, "again": [data]}
print("list held by dict and inner list:", sys.getrefcount(data))
nested["again"].clear()
print("inner list cleared:", sys.getrefcount(data))
print("fresh list passed directly:", sys.getrefcount([4, 5]))
print("fresh dict passed directly:", sys.getrefcount({}))


def make_closure(obj):
    def inner():
        return obj
    return inner


before = sys.getrefcount(t)
f = make_closure(t)
print("closure cell adds", sys.getrefcount(t) - before)
g = make_closure(t)
print("a second closure adds", sys.getrefcount(t) - before)
del f, g
print("closures dropped:", sys.getrefcount(t) - before)


def greet():
    return "hi"


print("function, one name:", sys.getrefcount(greet))
callbacks = [greet, greet]
print("function in a list twice:", sys.getrefcount(greet))
alias = greet
print("plus an alias:", sys.getrefcount(greet))
del callbacks, alias
print("back to:", sys.getrefcount(greet))

print("class Thing after one more instance:", end=" ")
before = sys.getrefcount(Thing)
extra = Thing()
print(sys.getrefcount(Thing) - before)
del extra
print("after del:", sys.getrefcount(Thing) - before)
for item in [t]:
    pass
print("loop variable still holds it:", sys.getrefcount(t))
del item
print("after del item:", sys.getrefcount(t))
a = b = c = t
print("a = b = c = t:", sys.getrefcount(t))
