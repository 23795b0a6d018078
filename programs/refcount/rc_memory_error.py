# MemoryError and OverflowError that need no real memory (spec 8): a size
# overflow is found before allocating, MemoryError carries no message, and
# the program keeps running after catching it.
import sys

try:
    x = [0] * (sys.maxsize // 4)
except MemoryError as e:
    print("MemoryError caught; args:", e.args, "str:", repr(str(e)), "repr:", repr(e))
try:
    x = [0] * 10 ** 19
except OverflowError as e:
    print("OverflowError:", e)
try:
    x = [None, None] * (sys.maxsize // 2)
except MemoryError:
    print("MemoryError for a 2-item list repeated maxsize // 2 times")
try:
    s = "ab" * (sys.maxsize // 2 + 1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    t = (1,) * (sys.maxsize // 4)
except MemoryError:
    print("MemoryError for a huge tuple")
print("MemoryError is an Exception:", issubclass(MemoryError, Exception))
x = [0] * 10
print("the program goes on:", len(x))
