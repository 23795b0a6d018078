# Freed tuples, floats, lists and dicts go to their type's freelist, not
# back to the allocator: the next object of the type (a tuple of the same
# length) takes the address, another type of the same size class does not,
# and a full collection gives the freelists' blocks back to the allocator.
import gc

def pair(i):
    return (i, i + 1)

def triple(i):
    return (i, i + 1, i + 2)

def times3(v):
    return v * 3

t = pair(1)
addr = id(t)
del t
l = [1, 2]
print("a list takes a freed pair's address:", id(l) == addr)
t3 = triple(1)
print("a triple takes it:", id(t3) == addr)
t2 = pair(2)
print("the next pair takes it:", id(t2) == addr)
del l, t2, t3

# The freelist is last in, first out.
a, b, c = pair(10), pair(20), pair(30)
ids = [id(a), id(b), id(c)]
del a, b, c
again = [pair(i) for i in range(3)]
print("pairs come back last freed first:", [ids.index(id(x)) for x in again])
del again

# Lists and dicts.
x = [1]
xid = id(x)
del x
d = {}
print("a dict takes a freed list's address:", id(d) == xid)
y = []
print("the next list takes it:", id(y) == xid)
did = id(d)
del d
z = {"k": 1}
print("the next dict takes the dict's:", id(z) == did)
del y, z

# Floats: up to 100 are kept.
f = times3(1.5)
fid = id(f)
del f
n = times3(10**5)
print("an int takes a freed float's address:", id(n) == fid)
g = times3(2.5)
print("the next float takes it:", id(g) == fid)
del g, n
many = [i * 0.5 for i in range(150)]
kept = [id(v) for v in many]
del many
more = [i * 0.25 for i in range(100)]
# A list frees its items from the last: items 149 to 50 fill the freelist.
print("the 100 floats freed first are taken again:", sorted(map(id, more)) == sorted(kept[50:]))
del more

# A full collection empties the freelists into the allocator: then any
# object of the size class may take the blocks.
t = pair(3)
tid = id(t)
del t
gc.collect()
l = [4, 5]
print("after gc.collect(), a list takes the pair's address:", id(l) == tid)
del l
