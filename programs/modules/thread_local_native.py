# _thread._local (threading.local) as CPython's: a dict per thread, made
# empty (or by __init__ with the constructor's arguments, for a subclass)
# at a thread's first access and dropped when the thread ends.
import _thread
import threading

L = _thread._local()
L.x = 1
print(L.x, L.__dict__, type(L), threading.local is _thread._local)

class Del:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def worker(n):
    print("worker sees", hasattr(L, "x"), L.__dict__)
    L.x = Del(n)
    L.y = n
    print("worker set", L.x.n, sorted(L.__dict__))

t = threading.Thread(target=worker, args=(1,))
t.start()
t.join()
print("after join", L.x, hasattr(L, "y"))

class MyLocal(threading.local):
    count = 0
    def __init__(self, a, b=2):
        MyLocal.count += 1
        print("init", a, b, MyLocal.count)
        self.a = a
    def total(self):
        return self.a + getattr(self, "extra", 0)

m = MyLocal(5, b=3)
m.extra = 10
def w2():
    print("w2", m.a, m.__dict__, m.total())
    m.a = 100
    print("w2 total", m.total())
t = threading.Thread(target=w2)
t.start()
t.join()
print(m.a, m.total(), isinstance(m, _thread._local), MyLocal.count)

for bad in [lambda: _thread._local(1), lambda: _thread._local(k=1), lambda: setattr(L, "__dict__", {}), lambda: L.missing]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
del L.x
print(L.__dict__)
L.z = Del("main")
del L
print("end")
