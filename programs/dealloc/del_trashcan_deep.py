# A 100,000-long chain of instances, and nested lists, tuples and dicts
# as deep (ten times deeper than any native stack goes), are freed without
# error and without touching the recursion limit: the trashcan defers deep
# deallocations (spec 2.5).
import sys


class Link:
    freed = 0

    def __init__(self, next):
        self.next = next

    def __del__(self):
        Link.freed += 1


N = 100_000
chain = None
for _ in range(N):
    chain = Link(chain)
chain = None
print("instances freed:", Link.freed)

nested = []
for _ in range(N):
    nested = [nested]
nested = None
print("nested lists freed")

nested = ()
for _ in range(N):
    nested = (nested,)
nested = None
print("nested tuples freed")

nested = {}
for _ in range(N):
    nested = {"inner": nested}
nested = None
print("nested dicts freed")

mixed = None
for i in range(N):
    mixed = [Link(None), (mixed,)] if i % 2 else {"x": mixed}
Link.freed = 0
mixed = None
print("mixed chain freed, instances among it:", Link.freed)
print("recursion limit untouched:", sys.getrecursionlimit())
