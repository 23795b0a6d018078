class Node:
    def __init__(self, value):
        self.value = value

def walk(node):
    return node.next.value

def call_none():
    f = None
    return f(1)

for fn, arg in ((walk, Node(1)), (call_none, None)):
    try:
        fn(arg) if arg is not None else fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def level3():
    items = [1, 2, 3]
    return items[1] + items["x"]
def level2():
    return level3()
def level1():
    try:
        return level2()
    except TypeError:
        raise RuntimeError("level1 failed")
level1()
