# Modelled on pyperformance's bm_gc_traversal: 1000 levels of nested lists
# (level n holds n references to level n - 1), kept alive, then gc.collect()
# run repeatedly with nothing to collect. Measures the collector's traversal
# of a large live heap.

import gc

N_LEVELS = 1000
LOOPS = 80


def create_recursive_containers(n_levels):
    current_list = []
    for n in range(n_levels):
        new_list = [None] * n
        for index in range(n):
            new_list[index] = current_list
        current_list = new_list
    return current_list


all_cycles = create_recursive_containers(N_LEVELS)
gc.collect()
total = 0
for _ in range(LOOPS):
    total += gc.collect()
print("gc_traversal", total, len(all_cycles))
