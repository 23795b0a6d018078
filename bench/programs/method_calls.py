# Method calls on instances: LOAD_METHOD/CALL on a class hierarchy,
# attribute loads and stores on self, one call to super().


class Counter:
    def __init__(self, start):
        self.value = start
        self.calls = 0

    def step(self, k):
        self.calls += 1
        self.value = (self.value + k) % 65521
        return self.value

    def get(self):
        return self.value


class Doubler(Counter):
    def step(self, k):
        return super().step(k * 2)


def work(objs, rounds):
    total = 0
    for r in range(rounds):
        for o in objs:
            total += o.step(r)
            total += o.get()
    return total


objs = [Counter(1), Doubler(2), Counter(3), Doubler(4)]
total = work(objs, 500000)
calls = 0
for o in objs:
    calls += o.calls
print("method_calls", total % 1000000007, calls)
