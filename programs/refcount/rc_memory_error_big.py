# A list of 2,000,000,000 slots needs 16 GB: under a 4 GB address-space cap
# CPython raises MemoryError, which the program catches and survives (spec 8).
# expect: ulimit -v 4000000
try:
    big = [None] * 2_000_000_000
    print("allocated", len(big))
except MemoryError as error:
    print("MemoryError caught, args:", error.args)
small = [None] * 1000
print("a small list still works:", len(small))
