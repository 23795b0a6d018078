a = 1j
b = 1 + 2j
c = -1j
d = 1 - 2j
e = (1 + 2j) * (3 - 4j)
f = (1 + 2j) / (3 - 4j)
g = 1j ** 2
h = (1 + 2j) ** -3
i = 2 ** 0.5j
j = (1 + 2j) ** 0.5
k = 1j / 0
l = 0j ** -1
m = 1j // 1
n = not 1j
o = (1j, 2j, 1j)
p = 0j, -0j, 0.0, -0.0, 0j - 0j, -(0 + 0j)
q = 1e400j, -1e400j, 1e400j * 0
r = 10j ** 1000
s = ~1j
t = +1j
u = 2.5 * 1j + True
v = 10**400 + 1j


def fn(x):
    return x * 2j + 3
