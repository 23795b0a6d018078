# Operators, precedence and associativity
a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
b = a | b ^ c & d << 2 >> 1
c = -x ** 2, (-x) ** 2, x ** -y, 2 ** 3 ** 4, ~a + +b - -c
d = not a and b or c and not d
e = a < b <= c == d != e > f >= g
f = a in b, a not in b, a is b, a is not b, not a in b
g = x if y else z if w else v
h = lambda: 0
i = lambda a, b=1, *args, c, d=2, **kw: (a, b, args, c, d, kw)
j = lambda a, /, b: a + b
k = lambda *, x: x
l = (yield)
m = [1, 2, *rest, 3]
n = {1: 2, **other, 3: 4}
o = {1, 2, *s}
p = (1,), (), (1, 2,), ((1)), (a := 3)
q = x[1], x[1:2], x[::2], x[1:2:3], x[:], x[a, b], x[1:2, ::3], x[*a], x[()]
r = obj.attr.sub(1, 2, *a, k=3, **kw).last[0]
s = f(x for x in range(3))
t = f(*args, **kwargs)
u = f(a)(b)(c)
v = ...
w = None, True, False
x = 1 if a else 2
y = (a for b in c)
z = (a
     +
     b)
aa = a * (b + c) / (d - e)
bb = 1 < 2 < 3
cc = (x := 10) + x
dd = [y := f(x), y ** 2]
ee = a or b or c
ff = a and b and c
gg = (a or b) or c
hh = a + b + c + d
ii = a - (b - c)
jj = -1, - 1, +1.5
kk = not not x
ll = f(a, b=1)(c)[d].e
mm = x[a:b, c]
nn = print(
    1,
    2,
)
oo = {}
pp = []
qq = {**a, **b}
rr = x[-1:]
ss = f(
    *a,
)
tt = 3 .real
