# Modelled on pyperformance's bm_gc_collect: build CYCLES rings of LINKS + 1
# doubly linked Node objects, drop them all, and reclaim them with one
# explicit gc.collect(); repeated LOOPS times. Refcounting alone cannot free
# a ring, so the time is dominated by the cycle collector.

import gc

CYCLES = 100
LINKS = 20
LOOPS = 200


class Node:
    def __init__(self):
        self.next = None
        self.prev = None

    def link_next(self, next):
        self.next = next
        self.next.prev = self


def create_cycle(node, n_links):
    if n_links == 0:
        return
    current = node
    for i in range(n_links):
        next_node = Node()
        current.link_next(next_node)
        current = next_node
    current.link_next(node)


def create_gc_cycles(n_cycles, n_links):
    cycles = []
    for _ in range(n_cycles):
        node = Node()
        cycles.append(node)
        create_cycle(node, n_links)
    return cycles


ok = 0
for _ in range(LOOPS):
    gc.collect()
    all_cycles = create_gc_cycles(CYCLES, LINKS)
    del all_cycles
    collected = gc.collect()
    if collected >= CYCLES * (LINKS + 1):
        ok += 1
print("gc_collect", ok, LOOPS)
