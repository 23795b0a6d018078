# os._exit ends the run at once with its status: no finally blocks, no
# except handlers, no atexit functions, no finalizers, no more output.
import atexit
import os
import sys

class Noisy:
    def __del__(self):
        print("__del__ (not shown)")

keep = Noisy()
atexit.register(print, "atexit (not shown)")
print("before", flush=True)
sys.stderr.write("to stderr\n")

def inner():
    try:
        os._exit(7)
    finally:
        print("finally (not shown)")

try:
    inner()
except BaseException:
    print("handler (not shown)")
print("after (not shown)")
