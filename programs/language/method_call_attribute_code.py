# obj.name(...) when finding `name` runs Python code that itself calls
# methods (a __getattr__, a property, __getattribute__, a descriptor's
# __get__, a __del__ at an allocation): the call gets exactly its own
# arguments.
import gc

class A:
    def __getattr__(self, n):
        {}.get(n)
        return lambda *a: ("A", a)

class P:
    @property
    def m(self):
        [].append(1)
        return lambda *a: ("P", a)

class G:
    def __getattribute__(self, n):
        "x".upper()
        return lambda *a: ("G", a)

class Desc:
    def __get__(self, obj, owner):
        [3, 1].sort()
        return lambda *a: ("Desc", a)

class D:
    m = Desc()

class Noisy:
    def __del__(self):
        [].append(self)

class C:
    @property
    def m(self):
        n = Noisy()
        n.me = n
        del n
        gc.collect()
        return lambda *a: ("C", a)

print(A().foo(1))
print(P().m(2))
print(G().anything(3, 4))
print(D().m(5))
print(C().m(6))
print(dict.fromkeys([1], 0))
