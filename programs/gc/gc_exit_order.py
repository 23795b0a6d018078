# Interpreter exit (spec 2.7): atexit-time finalizers first, then the final
# collection (gc.callbacks see it, not the later ones), then the
# module's globals in insertion order; weakref callbacks of dying globals.
import gc
import weakref


class E:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


first = E("first")
cyc = E("cycle")
cyc.me = cyc
del cyc
watched = E("watched")
wr = weakref.ref(watched, lambda r: print("weakref callback for watched"))
fin = E("finalized")
weakref.finalize(fin, print, "finalize at exit")
gc.callbacks.append(print)      # a function of this module would keep its globals alive
last = E("last")
print("end of script")
