# Short-lived cycles while a live heap grows: every iteration makes a pair of
# objects that reference each other and drops it at once (garbage only the
# cycle collector can reclaim); every few iterations a record joins a live
# list that is never freed. Automatic collections (thresholds 700, 10, 10)
# run throughout, and the older generations they traverse keep growing.


class Pair:
    def __init__(self, key):
        self.key = key
        self.other = None


class Record:
    def __init__(self, key, payload):
        self.key = key
        self.payload = payload


live = []
checksum = 0
for i in range(250000):
    a = Pair(i)
    b = Pair(i + 1)
    a.other = b
    b.other = a
    checksum = (checksum + a.other.key) % 1000003
    if i % 4 == 0:
        live.append(Record(i, [i, i + 1]))
a = None
b = None
total = 0
for r in live:
    total += r.payload[1] - r.key
print("alloc_churn", checksum, len(live), total)
