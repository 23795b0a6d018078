# Many objects with __del__: most die by refcount the moment their last
# reference goes (the finalizer runs at once); some sit in reference cycles
# and are finalized by the cycle collector (PEP 442), counted after an
# explicit gc.collect().

import gc

finalized = 0


class Resource:
    def __init__(self, ident):
        self.ident = ident
        self.peer = None

    def __del__(self):
        global finalized
        finalized += 1


for i in range(500000):
    r = Resource(i)
    r = None

for i in range(50000):
    a = Resource(i)
    b = Resource(i + 1)
    a.peer = b
    b.peer = a
a = None
b = None
gc.collect()

batch = []
for i in range(250000):
    batch.append(Resource(i))
del batch[::2]
batch = None
print("finalizers", finalized)
