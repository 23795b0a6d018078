# Peak memory of a 1,000,000-node singly linked list of Node instances,
# each holding an int and the next node; walked once, then dropped.
#
# With the argument "trace" (CPython only), tracemalloc measures the
# program's peak traced memory, printed as a "#bench" line; refpy's
# modelled heap (what tracemalloc would report) is read by bench/run.ts
# through the embedding API instead. The process's peak RSS is measured
# from outside, in a run without tracing.

import sys

N = 1_000_000

trace = len(sys.argv) > 1 and sys.argv[1] == "trace"
if trace:
    import tracemalloc
    tracemalloc.start()


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


head = None
for i in range(N):
    head = Node(i, head)

total = 0
count = 0
node = head
while node is not None:
    total += node.value
    count += 1
    node = node.next
node = None

if trace:
    print("#bench peak_memory traced_peak_bytes=%d" % tracemalloc.get_traced_memory()[1])
head = None
print("peak_memory", count, total)
