# Cascading deallocation (spec 2.4): a node's __del__ runs while its
# attributes are intact, then releasing them frees the next node; a binary
# tree is freed in pre-order, left before right (attribute insertion order).


class Node:
    def __init__(self, name, next=None):
        self.name = name
        self.next = next

    def __del__(self):
        following = self.next.name if self.next is not None else None
        print(f"del {self.name} (next={following})")


head = Node("n1", Node("n2", Node("n3")))
print("dropping head")
head = None
print("done")


class Tree:
    def __init__(self, name, left=None, right=None):
        self.name = name
        self.left = left
        self.right = right

    def __del__(self):
        print("del", self.name)


root = Tree("root", Tree("L", Tree("LL"), Tree("LR")), Tree("R", Tree("RL"), Tree("RR")))
print("dropping the tree")
root = None
print("a subtree kept alive survives its parent:")
root = Tree("root", Tree("L", Tree("LL"), Tree("LR")), Tree("R", Tree("RL"), Tree("RR")))
keep = root.right
root = None
print("kept:", keep.name, keep.left.name, keep.right.name)
keep = None
print("a node reached twice is freed on the last release:")
shared = Tree("shared")
root = Tree("root", Tree("L", shared), Tree("R", shared))
shared = None
root = None
print("end")
