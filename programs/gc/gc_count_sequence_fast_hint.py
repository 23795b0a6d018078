# Slice assignment and str.join from an iterator that is not a list or
# tuple: PySequence_Fast lists the iterator, and listing it asks for its
# length hint first (a bound __length_hint__ allocated and freed, a Python
# __length_hint__ called), so a small threshold collects where CPython's
# does.
import gc

gc.collect()
gc.set_threshold(1, 9, 1)
t = [-5]
t[2:-3] = range(3)
print("count", gc.get_count())
t[:] = iter([7, 8])
print("count", gc.get_count())
t[1:1] = (x for x in "ab")
print("count", gc.get_count(), t)
gc.set_threshold(700, 10, 10)

class Counting:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
    def __length_hint__(self):
        print("length hint asked")
        return self.n - self.i

t = [0]
t[1:] = Counting(3)
print(t)
print("-".join(map(str, Counting(2))))

