x = 1
x = y = z = 2
a, b = b, a
a, *b = c
[a, b] = c
(a, b), c = d
a.b = 1
a[0] = 1
a[1:2] = []
x, = y
x += 1
x -= 1; x *= 2; x /= 3
x //= 4
x %= 5
x **= 6
x >>= 1
x <<= 1
x &= 1
x |= 1
x ^= 1
x @= m
a.b += 1
a[0] -= 1
x: int
x: int = 5
(y): int = 6
a.b: str = "s"
a[0]: float
if x:
    pass
elif y:
    pass
elif z:
    a = 1
else:
    b = 2
if x: pass
if x: a = 1; b = 2
while x:
    x -= 1
    if x == 3:
        break
    continue
else:
    done = True
for i in range(10):
    print(i)
else:
    pass
for a, b in pairs:
    pass
for (a, b), c in items:
    pass
for x, in y: pass
del a
del a, b
del a[0], a.b
del (a, b)
del [a, b]
global g
nonlocal_ = 1
pass
assert x
assert x, "message"
raise
raise ValueError
raise ValueError("x") from None
with open(f) as fh:
    pass
with a as b, c as d:
    pass
with a, b:
    pass
with (a as b, c as d):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (a) as b:
    pass
with (
    open(a) as b,
    open(c) as d,
):
    pass
with a as (b, c):
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
try:
    x
finally:
    y
try:
    x
except E as e:
    raise RuntimeError() from e
match = 1
match.x = 2
case = 3
print(match, case)
_ = 4
x = yield
y = yield from z
x = (yield)
if (n := 10) > 5:
    pass
while chunk := read():
    pass
x = 1;
