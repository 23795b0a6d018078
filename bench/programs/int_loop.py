# A tight loop of small-int arithmetic: the eval loop's int fast paths,
# with no calls and no allocation beyond the ints themselves.

acc = 0
i = 0
n = 3000000
while i < n:
    acc = (acc + i * 7 - (i >> 2)) % 1000003
    if i & 1:
        acc ^= i
    i += 1
print("int_loop", acc)
