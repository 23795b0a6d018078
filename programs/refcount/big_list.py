# Allocating a billion-element list asks the heap for about 8 GB.
# expect: ulimit -v 4000000
try:
    large_list = [0] * 1000000000
    print("allocated", len(large_list))
except MemoryError:
    print("MemoryError: the heap could not hold a billion elements")
small_list = [0] * 1000
print(len(small_list))
