# factorial, comb, perm and pow refuse arguments past a C long long at once, with CPython's errors, and compute big values exactly
import math

def show(f, *args):
    try:
        r = f(*args)
    except (OverflowError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, r if r.bit_length() < 200 else (r.bit_length(), r % 1000003))

show(math.factorial, 2**64)
show(math.factorial, 2**63)
show(math.factorial, -2**64)
show(math.factorial, -1)
show(math.factorial, True)
show(math.factorial, 0)
show(math.factorial, 20)
show(math.factorial, 1000)
show(math.factorial, 12345)
show(math.comb, 2**64, 2**63)
show(math.comb, 2**65, 2**64 + 5)
show(math.comb, 2**64, 3)
show(math.comb, 2**64, 2**64 - 2)
show(math.comb, 10**6, 500)
show(math.comb, 3000, 1500)
show(math.comb, 5, 7)
show(math.comb, -1, 2)
show(math.comb, 2, -1)
show(math.perm, 2**64, 2**63)
show(math.perm, 2**64)
show(math.perm, 2**64, None)
show(math.perm, 2**64, 3)
show(math.perm, 10**6, 700)
show(math.perm, 5, 7)
show(math.perm, 7)
show(math.perm, -3, 1)
show(pow, 3, 100000)
show(pow, 7, 12345, 10**40 + 7)
show(pow, -3, 99999)
try:
    len(range(10**100))
except OverflowError as e:
    print("len(range)", e)
try:
    range(10**100).__len__()
except OverflowError as e:
    print("range.__len__", e)
print(range(10**100)[10**99], 10**99 in range(10**100))
