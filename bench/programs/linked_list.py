# Build a singly linked list of Node objects, walk it, drop it, repeatedly.
# Dropping the head frees the whole chain through refcounting (and the
# trashcan, so deep chains do not recurse).


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


def build(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head


def walk(head):
    total = 0
    count = 0
    node = head
    while node is not None:
        total += node.value
        count += 1
        node = node.next
    return total, count


grand = 0
nodes = 0
for round in range(200):
    head = build(10000)
    total, count = walk(head)
    grand += total
    nodes += count
    head = None
print("linked_list", grand, nodes)
