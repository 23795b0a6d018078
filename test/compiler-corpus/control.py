for i in range(3):
    if i == 1:
        continue
    if i == 2:
        break
    print(i)
else:
    print("done")

n = 0
while n < 10:
    n += 1
    if n > 5:
        break
else:
    pass

while True:
    n -= 1
    if not n:
        break

if n > 1 and n < 3 or n == 7:
    pass
elif n:
    print(n)
else:
    print(0)

assert n == 0
assert n >= 0, "negative"
