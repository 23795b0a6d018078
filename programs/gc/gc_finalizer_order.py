# Finalizer order in a collected cycle is GC-list order (spec 3.6): creation
# order whatever the links; survivors of collect(0) come after younger
# objects in a full collection; a child hanging off a cycle is not parent-first.
import gc


class N:
    def __init__(self, name):
        self.name = name
        self.link = None

    def __del__(self):
        partner = self.link.name if self.link is not None else None
        print(f"  __del__ {self.name} (link intact: {partner})")


gc.collect()
print("created a, b, c; links a->c->b->a:")
a, b, c = N("a"), N("b"), N("c")
a.link, c.link, b.link = c, b, a
del a, b, c
print("  collected:", gc.collect())
print("created z, y, x; links x->y->z->x:")
z, y, x = N("z"), N("y"), N("x")
x.link, y.link, z.link = y, z, x
del x, y, z
print("  collected:", gc.collect())
print("old pair survives collect(0), then a new pair is made:")
old1, old2 = N("old1"), N("old2")
old1.link, old2.link = old2, old1
print("  collect(0) while still referenced:", gc.collect(0))
del old1, old2
new1, new2 = N("new1"), N("new2")
new1.link, new2.link = new2, new1
del new1, new2
print("  collected:", gc.collect())
print("a child created before the cycle that holds it:")
child = N("child (created first)")
a, b = N("a"), N("b")
a.link, b.link = b, a
a.child = child
del child, a, b
print("  collected:", gc.collect())
print("the same shape without a cycle dies by refcount, parent first:")
child = N("child")
parent = N("parent")
parent.child = child
del child, parent
print("a finalizer may use the collector: gc.collect() inside __del__ returns 0")


class Nested(N):
    def __del__(self):
        print(f"  __del__ {self.name}: inner collect ->", gc.collect())


a, b = Nested("p"), Nested("q")
a.link, b.link = b, a
del a, b
print("  collected:", gc.collect())
