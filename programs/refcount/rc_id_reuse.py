# id() is the address (spec 9): a freed instance's address is reused at once
# by the next instance of the same class; live objects never share an id;
# `x *= 2` on an int or tuple makes a new object, `lst *= 2` keeps the list.


class C:
    pass


c1 = C()
id_of_freed_c1 = id(c1)
del c1
c2 = C()
print("id(c2) == id_of_freed_c1:", id(c2) == id_of_freed_c1)
others = [C() for _ in range(100)]
print("100 live objects, distinct ids:", len({id(o) for o in others}))
print("none equal to c2:", all(id(o) != id(c2) for o in others))
x = int("1000")
before = id(x)
x *= 2
print("x *= 2 on an int, same id:", id(x) == before)
lst = [1, 2]
before = id(lst)
lst *= 2
print("lst *= 2, same id:", id(lst) == before, lst)
t = tuple(lst)
before = id(t)
t *= 2
print("t *= 2 on a tuple, same id:", id(t) == before)
print("small int cache:", int("256") is int("256"), int("257") is int("257"),
      int("-5") is int("-5"), int("-6") is int("-6"))
a = [0]
b = [0]
print("equal lists, distinct objects:", a == b, a is b, id(a) == id(b))
print("id of a temporary may be reused by the next temporary:", id(C()) == id(C()))
