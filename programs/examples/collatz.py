# Collatz sequences: while loops, a dict cache of stopping times,
# max with a key, and a histogram printed with str multiplication.


def collatz(n):
    steps = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps.append(n)
    return steps


cache = {1: 0}


def stopping_time(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps = cache[n]
    for m in reversed(path):
        steps += 1
        cache[m] = steps
    return cache[path[0]] if path else steps


print(collatz(6))
print(collatz(27)[:12], "...", len(collatz(27)) - 1, "steps, peak", max(collatz(27)))
print([stopping_time(n) for n in range(1, 21)])
best = max(range(1, 10000), key=stopping_time)
print("longest below 10000:", best, stopping_time(best), "steps")
record = 0
for n in range(1, 200):
    if (steps := stopping_time(n)) > record:
        record = steps
        print(f"  new record: {n} takes {steps} steps")
print("cache size:", len(cache))
buckets = {}
for n in range(1, 1001):
    bucket = stopping_time(n) // 25 * 25
    buckets[bucket] = buckets.get(bucket, 0) + 1
for bucket in sorted(buckets):
    print(f"{bucket:>3}-{bucket + 24:<3} {'*' * (buckets[bucket] // 5)} {buckets[bucket]}")
n = 2 ** 100 + 1
print("2**100+1 takes", stopping_time(n), "steps")
