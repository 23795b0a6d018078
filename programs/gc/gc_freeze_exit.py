# gc.freeze() before exit (spec 4, 2.7): the frozen __main__ dict is in the
# permanent generation, which shutdown's collections never scan, so no
# global of this module is finalized at exit, not even one made after the
# freeze; freeze leaves every count at 0.
import gc


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


plain = Node("plain global")
cyclic = Node("cycle")
cyclic.me = cyclic
del cyclic
gc.collect(0)
gc.collect(0)
print("counts before freeze: generation 1 and 2 counts > 0:", gc.get_count()[1:] != (0, 0))
gc.freeze()
print("after freeze:", gc.get_count())
print("collect finds nothing frozen:", gc.collect())
later = Node("made after the freeze")
print("end of script")
