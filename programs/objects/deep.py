# Deeply nested containers: repr and == raise RecursionError as CPython (the
# recursion guard of PyObject_Repr / PyObject_RichCompare), never a JS stack overflow.
l = []
for i in range(5000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("RecursionError", e)
a = []
b = []
for i in range(5000):
    a = [a]
    b = [b]
try:
    a == b
except RecursionError as e:
    print("RecursionError", e)
x = [[[1]]]
print(repr(x), str(x), x == [[[1]]])
