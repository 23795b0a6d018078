# The README's cycle: two nodes referring to each other outlive their names
# and wait for the collector, which runs both finalizers and frees them.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("bye", self.name)

a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
print("collected:", gc.collect())
