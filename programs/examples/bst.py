# A binary search tree with insert, search, delete (all three cases),
# in-order iteration through a generator, and the container protocol.


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


class BST:
    def __init__(self, keys=()):
        self.root = None
        self.size = 0
        for key in keys:
            self.insert(key)

    def insert(self, key):
        if self.root is None:
            self.root = Node(key)
            self.size += 1
            return
        node = self.root
        while True:
            if key == node.key:
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Node(key))
                self.size += 1
                return
            node = child

    def __contains__(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node is not None

    def __len__(self):
        return self.size

    def __iter__(self):
        yield from self._inorder(self.root)

    def _inorder(self, node):
        if node is not None:
            yield from self._inorder(node.left)
            yield node.key
            yield from self._inorder(node.right)

    def delete(self, key):
        self.root, removed = self._delete(self.root, key)
        if removed:
            self.size -= 1
        return removed

    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, removed = self._delete(node.left, key)
            return node, removed
        if key > node.key:
            node.right, removed = self._delete(node.right, key)
            return node, removed
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        successor = node.right
        while successor.left is not None:
            successor = successor.left
        node.key = successor.key
        node.right, _ = self._delete(node.right, successor.key)
        return node, True

    def height(self, node=None, top=True):
        if top:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left, False), self.height(node.right, False))

    def show(self, node=None, indent=0, top=True):
        if top:
            node = self.root
        if node is None:
            return
        self.show(node.right, indent + 4, False)
        print(" " * indent + str(node.key))
        self.show(node.left, indent + 4, False)


tree = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(list(tree), len(tree), "height", tree.height())
tree.show()
print(40 in tree, 41 in tree)
for key in [20, 30, 50, 99, 70]:
    print(f"delete {key}: {tree.delete(key)} -> {list(tree)}")
print(len(tree), "height", tree.height())
tree.show()
print(sum(tree), min(tree), max(tree), sorted(tree, reverse=True)[:3])
degenerate = BST(range(10))
print("sorted input gives height", degenerate.height())
