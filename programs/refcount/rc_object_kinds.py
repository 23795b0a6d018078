# The same refcount rules (spec 1.1) for lists, dicts, runtime tuples,
# functions and classes: sys.getrefcount(C) counts C's instances, a bound
# method holds its function and self, a closure cell holds its value.
import sys


def probe(label, obj):
    base = sys.getrefcount(obj)
    names = [obj, obj]
    first = sys.getrefcount(obj) - base
    table = {"a": obj}
    second = sys.getrefcount(obj) - base
    triple = tuple([obj, obj, obj])
    third = sys.getrefcount(obj) - base
    del names, table, triple
    print(f"{label:<9} list x2: +{first}, dict value: +{second}, tuple x3: +{third},"
          f" dropped: +{sys.getrefcount(obj) - base}")


def func():
    return 1


class K:
    def method(self):
        return self


probe("list", [1, 2])
probe("dict", {"x": 1})
probe("tuple", tuple([1, 2]))
probe("function", func)
probe("class", K)

before = sys.getrefcount(K)
instances = [K() for _ in range(5)]
print("class K after 5 instances:", sys.getrefcount(K) - before)
instances.pop()
print("after popping one:", sys.getrefcount(K) - before)
del instances
print("after dropping the list:", sys.getrefcount(K) - before)


k = K()
method_func = K.__dict__["method"]
f_before = sys.getrefcount(method_func)
k_before = sys.getrefcount(k)
bound = k.method
print("bound method holds function:", sys.getrefcount(method_func) - f_before,
      "and self:", sys.getrefcount(k) - k_before)
del bound
print("after del bound:", sys.getrefcount(method_func) - f_before, sys.getrefcount(k) - k_before)
k.method()
print("a direct call leaves nothing behind:", sys.getrefcount(k) - k_before)

data = [1, 2, 3]
d_before = sys.getrefcount(data)


def outer():
    def inner():
        return data
    return inner


fn = outer()
print("a closure over a global does not hold it:", sys.getrefcount(data) - d_before)


def capture(value):
    return lambda: value


fn = capture(data)
print("a closure cell holds its value:", sys.getrefcount(data) - d_before)
fn = None
print("after the closure dies:", sys.getrefcount(data) - d_before)


def defaults(p=data, q=data):
    return p


print("two defaults:", sys.getrefcount(data) - d_before)
del defaults
print("function deleted:", sys.getrefcount(data) - d_before)
f_before = sys.getrefcount(func)
alias = func
registry = {"f": func}
print("function: alias + dict value:", sys.getrefcount(func) - f_before)
