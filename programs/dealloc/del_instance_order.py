# Inside an instance's dealloc (spec 2.2): __del__ first (its weakrefs still
# alive, getrefcount(self) == 3), then weakref callbacks newest first, then
# __slots__ values, then attributes in insertion order.
import sys
import weakref


class Part:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


class Whole:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name, "| getrefcount(self):", sys.getrefcount(self),
              "| weakref alive:", refs[0]() is self)


def callback(label):
    def cb(ref):
        print("  callback", label, "ref() ->", ref())
    return cb


w = Whole("whole")
w.zeta = Part("zeta (first attribute)")
w.alpha = Part("alpha (second attribute)")
w.mid = Part("mid (third attribute)")
refs = [weakref.ref(w, callback("cb1")), weakref.ref(w, callback("cb2")), weakref.ref(w, callback("cb3"))]
print("drop the last reference:")
del w
print("after del")


class Slotted:
    __slots__ = ("second", "first", "__dict__", "__weakref__")

    def __init__(self):
        self.late = Part("dict attribute")
        self.first = Part("slot 'first'")
        self.second = Part("slot 'second'")

    def __del__(self):
        print("  __del__ Slotted")


print("slots (names sorted: first, second) are released before the attribute dict:")
s = Slotted()
keep = weakref.ref(s, callback("slotted"))
s = None
print("attribute deletion order follows insertion, not assignment of new values:")
v = Whole("v")
refs = [weakref.ref(v)]
v.b = Part("b")
v.a = Part("a")
v.b = Part("b again")
print("  (rebinding v.b freed the first b; now dropping v)")
del v
print("end")
