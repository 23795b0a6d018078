# Generation 0's count around print() and sys.stdout.write(): the first print() makes its parser's keyword tuple, and stdout (a pipe, not line-buffered) holds a second piece and more in a list until a chunk's worth (8192 bytes) or flush() lets it go, as CPython 3.11's TextIOWrapper (found by test/fuzz).
import gc
import sys
gc.collect()
a = gc.get_count()
print()
b = gc.get_count()
print(a, b)
gc.collect()
a = gc.get_count()
print(1, 2, sep="-", end="")
b = gc.get_count()
print(a, b)
sys.stdout.flush()
gc.collect()
a = gc.get_count()
sys.stdout.write("x")
b = gc.get_count()
sys.stdout.write("y\n")
c = gc.get_count()
print(a, b, c)
gc.collect()
counts = []
for i in range(40):
    print("é" * 300)
    counts.append(gc.get_count()[0])
print(counts)
gc.set_threshold(3)
class K:
    def __del__(self):
        print("del K")
gc.collect()
k = K()
k.me = k
del k
print("a", "b")
print("c")
gc.set_threshold(700)
