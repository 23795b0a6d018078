# Freeing very long chains: dropping the head of a 200,000-node linked
# list (and of deeply nested lists) frees everything without a
# RecursionError, because CPython defers deep deallocations (the trashcan).
import sys


class Node:
    freed = 0

    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __del__(self):
        Node.freed += 1


def build_chain(n):
    head = None
    for value in range(n):
        head = Node(value, head)
    return head


def length(node):
    count = 0
    while node is not None:
        count += 1
        node = node.next
    return count


head = build_chain(200000)
print("chain length:", length(head), "| recursion limit is still", sys.getrecursionlimit())
head = None
print("freed after dropping the head:", Node.freed)

Node.freed = 0
head = build_chain(10)
middle = head.next.next.next
head = None
print("a reference into the middle keeps its tail:", Node.freed, "freed,", length(middle), "alive")
middle = None
print("now all freed:", Node.freed)

nested = []
for _ in range(100000):
    nested = [nested]
depth = 0
probe = nested
while probe:
    probe = probe[0]
    depth += 1
print("nested list depth:", depth)
nested = None
print("nested lists freed without error")

deep_dict = {}
for i in range(100000):
    deep_dict = {"child": deep_dict, "level": i}
print("top level:", deep_dict["level"])
deep_dict = None
print("nested dicts freed without error")


class Leaf:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


order = []
tree = (Leaf("root"), [Leaf("a"), Leaf("b")], {"x": Leaf("c"), "y": Leaf("d")})
tree = None
print("release order (tuple items last to first, list last to first, dict in order):", order)
