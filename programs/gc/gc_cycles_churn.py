# Cycle churn (spec 3.2, 3.3): many short-lived reference cycles with a
# payload. Only the collector frees them, so threshold0 decides how many pile
# up between collections: `refpy sweep programs/gc_cycles_churn.py` shows it.
import sys


class Node:
    def __init__(self, name, size):
        self.name = name
        self.payload = [name] * size
        self.partner = None


def pair(i):
    """Two nodes that refer to each other: garbage as soon as this returns."""
    a = Node(i, 16)
    b = Node(-i, 16)
    a.partner = b
    b.partner = a
    return sum(a.payload) + len(b.payload)


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
total = 0
kept = []
for i in range(rounds):
    total += pair(i)
    if i % 100 == 0:
        kept.append(Node(i, 4))   # a few long-lived survivors
print("rounds:", rounds)
print("total:", total)
print("kept:", len(kept), sum(n.name for n in kept))
