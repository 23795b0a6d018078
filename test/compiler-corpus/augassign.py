x = 1
x += 2
x -= 1
x *= 3
x //= 2
x **= 2
class O: pass
o = O()
o.a = 1
o.a += 1
l = [1, 2]
l[0] += 5
l[0:1] *= 2

def f(p):
    p.attr |= 4
    p[1] ^= 2
    q = 1
    q <<= 3
    return q
