# A linked list whose nodes announce their own destruction: cascading
# frees when the head goes, removal from the middle, and pop().


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __del__(self):
        print(f"  free node {self.value}")


class LinkedList:
    def __init__(self, values=()):
        self.head = None
        for value in reversed(values):
            self.head = Node(value, self.head)

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __repr__(self):
        return " -> ".join(str(v) for v in self) or "(empty)"

    def remove(self, value):
        previous, node = None, self.head
        while node is not None and node.value != value:
            previous, node = node, node.next
        if node is None:
            return False
        if previous is None:
            self.head = node.next
        else:
            previous.next = node.next
        return True

    def pop_front(self):
        node = self.head
        self.head = node.next
        return node.value


print("build")
numbers = LinkedList([1, 2, 3, 4, 5])
print(numbers)
print("remove 3 (freed as soon as it is unlinked):")
numbers.remove(3)
print(numbers)
print("pop front:")
print("popped", numbers.pop_front())
print("keep a reference to node 4, then drop the list:")
keep = numbers.head.next
numbers = None
print("list dropped; node 4 and 5 still alive via keep:", keep.value, keep.next.value)
keep = None
print("replace a node's tail:")
other = LinkedList(["a", "b", "c"])
other.head.next = Node("z")
print(other)
print("function-local list is freed when the function returns:")


def make_and_sum():
    local = LinkedList([10, 20])
    total = sum(local)
    print("  sum is", total)
    return total


make_and_sum()
print("after the call")
del other
print("end")
