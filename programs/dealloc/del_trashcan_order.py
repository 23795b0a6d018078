# The trashcan changes the order of __del__ output (spec 2.5): spine nodes
# N1..N60 with attributes `next` then `leaf`; deallocs nested 50 deep are
# deferred to a LIFO list drained when the outermost dealloc finishes.


class N:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


def build(n):
    head = None
    for i in range(n, 0, -1):
        node = N(f"N{i}")
        node.next = head
        node.leaf = N(f"L{i}")
        head = node
    return head


def compact(names):
    """Collapse runs such as N1 N2 ... N50 into N1..N50 to keep lines short."""
    runs = []                       # [first, last, step]
    for name in names:
        if runs:
            first, last, step = runs[-1]
            gap = int(name[1:]) - int(last[1:])
            if name[0] == last[0] and abs(gap) == 1 and step in (0, gap):
                runs[-1] = [first, name, gap]
                continue
        runs.append([name, name, 0])
    return " ".join(first if first == last else f"{first}..{last}" for first, last, _ in runs)


for size in (60, 120):
    order = []
    head = build(size)
    head = None
    print(f"{size} nodes, {len(order)} freed:")
    print(" ", compact(order))
order = []
head = build(60)
print("60 nodes in full:")
head = None
print(" ".join(order))
