# Exit finalization with the collector disabled (spec 2.7): the final
# collection still runs and reclaims cycles, but no earlier pass reorders
# the objects, so __del__ runs in creation order (list items first to last).
import gc


class Exit:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("exit del", self.name)


items = [Exit("list0"), Exit("list1")]
first = Exit("first")
_second = Exit("_second")
gc.disable()
a, b = Exit("cycle a"), Exit("cycle b")
a.other, b.other = b, a
del a, b
last = Exit("last")
print("end of script, gc enabled:", gc.isenabled())
