with open("f") as fh:
    data = fh.read()

with a() as x, b() as y:
    pass

def f():
    with lock:
        return 1

def g():
    for i in range(3):
        with ctx():
            if i:
                break
