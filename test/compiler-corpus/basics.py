"""Module docstring."""
x = 1
y = x + 2 * 3 - -4
z = (1, 2, 3)
w = [1, 2, 3]
s = {1, 2, 3}
d = {"a": 1, "b": 2}
e = {x: y}
n = None
f = 1.5e-07
big = 2 ** 200
t = "a" "b" + "c"
print(x, y, sep=", ")
del x
a, b = 1, 2
a, b = b, a
c, *rest = w
x = y = 0
print(not x, -y, ~y, +y)
print(x if y else z)
print(x and y or z)
print(a < b < c, a == b, a is not b, a in w, a not in w)
print(w[0], w[1:2], w[::2], w[a:b:c])
w[0] = 5
del w[0]
