# Release orders: locals in slot order at return, containers, cascades,
# objects alive at exit (spec 2.1-2.4, 2.7).
class N:
    def __init__(self, name, next=None):
        self.name = name
        self.next = next
    def __del__(self):
        print("del", self.name)

def locals_order(p1, p2):
    z = N("z")
    a = N("a")
    return None
locals_order(N("p1"), N("p2"))
print("-- list")
lst = [N("list0"), N("list1"), N("list2")]
del lst
print("-- tuple")
tup = (N("t0"), N("t1"))
del tup
print("-- dict")
d = {"a": N("da"), "b": N("db")}
del d
print("-- chain")
head = N("n1", N("n2", N("n3")))
head = None
print("-- exception keeps locals until handled")
def boom():
    victim = N("victim")
    raise ValueError("boom")
try:
    boom()
except ValueError as e:
    print("handling", e)
print("after except")
print("-- exit")
first = N("first")
_second = N("_second")
third = N("third")
keep = [N("keep0"), N("keep1")]
print("end of script")
