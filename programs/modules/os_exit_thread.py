# os._exit's argument errors, and os._exit(status=...) from a thread ends
# the whole run (status modulo 256) before the main thread goes on.
import os
import threading

for bad in [lambda: os._exit(), lambda: os._exit("x"), lambda: os._exit(1.5), lambda: os._exit(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

def worker():
    print("in thread", flush=True)
    os._exit(status=300)

t = threading.Thread(target=worker)
t.start()
t.join()
print("main goes on (not shown)")
