# Objects still alive when the script ends are finalized after its last
# line (spec 2.7): a leftover cycle first, then globals in insertion order
# (a leading underscore changes nothing), list items last to first.


class Exit:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("exit del", self.name)


first = Exit("first")
_second = Exit("_second")
third = Exit("third")
items = [Exit("list0"), Exit("list1")]
a, b = Exit("cycle a"), Exit("cycle b")
a.other, b.other = b, a
del a, b
print("end of script")
