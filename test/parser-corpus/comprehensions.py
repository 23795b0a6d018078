a = [x for x in y]
b = [x * 2 for x in range(10) if x % 2 if x > 3]
c = [(x, y) for x in a for y in b]
d = {x: y for x, y in pairs}
e = {x for x in s}
f = (x for x in g)
g = [x for x in (y for y in z)]
h = [[y for y in x] for x in matrix]
i = sum(x for x in range(10))
j = [x for x, in pairs]
k = [x if x else y for x in z]
l = [x for x in a if (y := x)]
m = {k: v for k, v in d.items() if v}
n = [x for x in lambda_ if x]
o = [x for *a, x in y]
p = [lambda: x for x in y]
q = [x for x in a or b]
