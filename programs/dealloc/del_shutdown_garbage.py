# A finalizer that makes new cyclic garbage at exit (spec 2.7): each of
# shutdown's collections finalizes one generation of it; the one made
# after sys and builtins are cleared runs with print set to None, and its
# error is not shown (sys.stderr is None by then).
import gc


class Phoenix:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        print("del", self.n)
        Phoenix(self.n + 1)


Phoenix(0)
print("end of script")
