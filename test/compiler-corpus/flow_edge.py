def f(x):
    try:
        return x()
    finally:
        x = None

def g(items):
    for i in items:
        with ctx() as c:
            try:
                if i:
                    continue
                return c
            finally:
                print(i)

def h():
    try:
        pass
    finally:
        return 5

def k(a):
    while a:
        try:
            a -= 1
        except:
            break
        else:
            continue
    else:
        return -1
    return a

def w():
    with a as (b, c):
        del b
    with d:
        raise E
