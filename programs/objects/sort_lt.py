# list.sort calls only __lt__, in CPython's order for short lists
# (count_run + binary insertion), and stays stable.
log = []


class K:
    def __init__(self, v, tag=""):
        self.v = v
        self.tag = tag

    def __lt__(self, other):
        log.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v}{self.tag})"


for data in ([3, 1, 2], [5, 4, 3, 2, 1], [1, 2, 3, 4], [2, 2, 1, 1], [9, 3, 7, 1, 8, 2, 6, 4, 5, 0],
             [1, 3, 2, 5, 4, 7, 6], list(range(20, 0, -1)), [4, 1, 3, 1, 2, 2, 4, 3]):
    log.clear()
    items = [K(data[i], chr(97 + i)) for i in range(len(data))]
    items.sort()
    print(items)
    print(len(log), log[:40])

log.clear()
items = [K(v) for v in [3, 1, 2]]
print(sorted(items, reverse=True), log)
log.clear()
print(sorted([K(v) for v in [3, 1, 2]], key=lambda k: -k.v), log)
big = [K((i * 7919) % 101, "") for i in range(101)]
big.sort()
print([k.v for k in big] == sorted(k.v for k in big))


class Boom:
    def __lt__(self, other):
        raise ValueError("no order")


data = [1, Boom(), 3]
try:
    data.sort()
except ValueError as e:
    print("ValueError", e, len(data))

lst = [3, 2, 1]


def key(x):
    lst.append(0)
    return x


try:
    lst.sort(key=key)
except ValueError as e:
    print(e, lst)
