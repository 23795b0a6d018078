# threading over refpy's single thread: Thread start/join, results via a list, Lock/RLock/Condition/Event/Semaphore, current_thread, local, Timer-free queue.Queue
import threading
import queue

results = []
def worker(n, out):
    out.append((n, n * n, threading.current_thread().name))

threads = [threading.Thread(target=worker, args=(i, results), name=f"w{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.is_alive() for t in threads], threading.current_thread().name, threading.main_thread() is threading.current_thread())

class Counter(threading.Thread):
    def __init__(self):
        super().__init__()
        self.total = 0
    def run(self):
        for i in range(100):
            self.total += i
c = Counter()
c.start()
c.join(timeout=1)
print(c.total, c.is_alive(), c.ident is not None, c.ident != threading.get_ident())

lock = threading.Lock()
rlock = threading.RLock()
with lock:
    print("locked", lock.locked())
with rlock:
    with rlock:
        print("rlock reentered")
print(lock.acquire(blocking=False), lock.acquire(blocking=False), lock.release())
ev = threading.Event()
print(ev.is_set(), ev.set(), ev.wait(0.1), ev.is_set())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
cond = threading.Condition()
with cond:
    print("notify", cond.notify_all())
data = threading.local()
data.x = 5
def read_local():
    results.append(getattr(data, "x", "unset"))
t = threading.Thread(target=read_local)
t.start()
t.join()
print(data.x, results[-1])

q = queue.Queue()
def producer():
    for i in range(5):
        q.put(i * 10)
    q.put(None)
threading.Thread(target=producer).start()
items = []
while (item := q.get()) is not None:
    items.append(item)
    q.task_done()
print(items, q.empty(), q.qsize())
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for v in (3, 1, 2):
    lq.put(v)
    pq.put((v, str(v)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
try:
    queue.Queue(maxsize=1).get(block=False)
except queue.Empty:
    print("Empty")
bq = queue.Queue(maxsize=1)
bq.put(1)
try:
    bq.put(2, block=False)
except queue.Full:
    print("Full")
sq = queue.SimpleQueue()
sq.put("a")
print(sq.get(), sq.empty())

def fails():
    raise ValueError("boom in thread")
threading.excepthook = lambda args: print("excepthook:", args.exc_type.__name__, args.exc_value, args.thread.name)
t = threading.Thread(target=fails, name="bad")
t.start()
t.join()
print(threading.active_count(), len(threading.enumerate()))
