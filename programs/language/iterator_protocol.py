# The iterator protocol by hand: classes with __iter__/__next__ raising
# StopIteration, an iterable that makes fresh iterators, and for/else.


class Countdown:
    """An iterator: it is its own __iter__ and can be used once."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Span:
    """An iterable: each iter() gives a new, independent iterator."""

    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step

    def __iter__(self):
        return SpanIterator(self)

    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)

    def __getitem__(self, i):
        if not 0 <= i < len(self):
            raise IndexError("Span index out of range")
        return self.start + i * self.step

    def __reversed__(self):
        return iter([self[i] for i in range(len(self) - 1, -1, -1)])


class SpanIterator:
    def __init__(self, span):
        self.span = span
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.index >= len(self.span):
            raise StopIteration
        value = self.span[self.index]
        self.index += 1
        return value


class OldStyle:
    """Only __getitem__: iteration stops at the first IndexError."""

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


c = Countdown(3)
print(list(c), list(c), "(an iterator is used up)")
span = Span(2, 11, 3)
print(list(span), list(span), len(span), span[2], list(reversed(span)))
it = iter(span)
print(next(it), next(it), iter(it) is it)
print(list(zip(span, Countdown(10))))
print(sum(span), max(span), 8 in span, 9 in span, sorted(span, reverse=True))
print(list(OldStyle()), 9 in OldStyle(), list(enumerate(OldStyle(), start=1)))

for n in Countdown(5):
    if n == 7:
        print("found 7")
        break
else:
    print("no 7 in the countdown (for-else ran)")

manual = iter(Span(0, 3))
while True:
    try:
        value = next(manual)
    except StopIteration:
        print("StopIteration caught")
        break
    print("manual", value)
try:
    Span(0, 3)[5]
except IndexError as error:
    print("IndexError:", error)
a, b, c = Span(10, 13)
print(a, b, c, [*Span(0, 2), *Countdown(2)])
