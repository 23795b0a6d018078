def f(*a, **k):
    return a, k
obj = [3, 1, 2]
obj.sort()
obj.sort(reverse=True)
f(1, 2, x=3, y=4)
f(*obj)
f(**{'a': 1})
f(1, *obj, 2, *obj)
f(a=1, **{'b': 2}, c=3)
print(len(obj))
str.join(",", ["a"])
f(obj.count(1))
