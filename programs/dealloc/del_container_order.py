# Order in which containers release their items (spec 2.3): list and tuple
# last to first (also list.clear() and del of a slice), dict entries in
# insertion order with each key before its value, attributes in insertion order.


class Item:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


print("list:")
items = [Item("list0"), Item("list1"), Item("list2")]
del items
print("tuple:")
items = tuple([Item("tuple0"), Item("tuple1"), Item("tuple2")])
del items
print("list.clear():")
items = [Item("c0"), Item("c1"), Item("c2")]
items.clear()
print("del items[1:4]:")
items = [Item("s0"), Item("s1"), Item("s2"), Item("s3"), Item("s4")]
del items[1:4]
print("slice assignment items[0:1] = []:")
items[0:1] = []
print("dict (values):")
table = {"b": Item("value b"), "a": Item("value a"), "c": Item("value c")}
table["b"] = table.pop("b")          # re-inserted, so it is now last
del table
print("dict (keys and values):")
table = {Item("key 1"): Item("value 1"), Item("key 2"): Item("value 2")}
del table
print("dict.clear():")
table = {1: Item("one"), 2: Item("two")}
table.clear()
print("instance attributes:")


class Holder:
    pass


h = Holder()
h.second = Item("attr second")
h.first = Item("attr first")
h.third = Item("attr third")
del h
print("nested: a list of tuples")
nested = [(Item("n0a"), Item("n0b")), (Item("n1a"), Item("n1b"))]
del nested
del items
print("end")
