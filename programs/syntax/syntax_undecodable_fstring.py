# coding: utf-8
# An f-string whose literal text holds a byte that is not UTF-8: positions count from the run of non-ASCII bytes.
value = 1
print(f"Ã©té {value}")
