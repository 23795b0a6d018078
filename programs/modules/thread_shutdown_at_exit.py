import threading, atexit
atexit.register(print, "atexit")
threading._register_atexit(print, "threading atexit")
def work():
    print("worker")
t = threading.Thread(target=work)
t.start()
print("main done")
# At exit threading._shutdown() runs before the atexit callbacks: the
# functions registered with threading run first, and a cycle left here is
# collected by the allocations _shutdown makes once the threshold is low.
import gc
class Node:
    def __del__(self):
        print("del Node")
n = Node()
n.me = n
del n
gc.set_threshold(3)
