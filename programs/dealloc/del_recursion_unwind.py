# Nested constructors whose __del__ cannot run at the limit: the RecursionError
# unwinds them, the innermost object (its __init__ never started) is
# dropped at the limit, and its __del__, which cannot get a frame there,
# fails without a report, as the report itself cannot be written (its
# calls are over the limit too).
import sys


class Node:
    made = 0

    def __init__(self, depth):
        Node.made += 1
        self.depth = depth
        self.child = Node(depth + 1)

    def __del__(self):
        print("del", self.depth)


class Quiet:
    def __init__(self, depth):
        self.child = Quiet(depth + 1)

    def __del__(self):
        pass


for limit in (60, 61, 62, 63):
    sys.setrecursionlimit(limit)
    Node.made = 0
    try:
        Node(0)
    except RecursionError as e:
        print(limit, "made", Node.made, e)
    try:
        Quiet(0)
    except RecursionError as e:
        print(limit, "quiet", e)
