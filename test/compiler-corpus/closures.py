def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += c
        return a + b
    return inner

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

x = 10
def uses_global():
    global x
    x = x + 1
    return x

def deep():
    v = 1
    def mid():
        def leaf():
            return v
        return leaf
    return mid
