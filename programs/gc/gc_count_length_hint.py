# list(), tuple(), bytes() and the rest guess a size with
# PyObject_LengthHint: for an iterator without len() it looks up the
# type's __length_hint__, binding it into a method object it allocates,
# calls and frees. Under a small threshold that allocation can be the one
# that collects, as the counts after each construct show.
import gc

def counts(label, f):
    out = []
    for threshold in range(1, 6):
        gc.collect()
        gc.set_threshold(threshold, 1000, 1000)
        f()
        out.append(gc.get_count()[:2])
        gc.set_threshold(700, 10, 10)
    print(label, out)

counts("list(reversed([]))", lambda: list(reversed([])))
counts("list(iter([1, 2]))", lambda: list(iter([1, 2])))
counts("tuple(iter((1,)))", lambda: tuple(iter((1,))))
counts("list(iter(range(3)))", lambda: list(iter(range(3))))
counts("list(iter({1: 2}))", lambda: list(iter({1: 2})))
counts("list(iter({1}))", lambda: list(iter({1})))
counts("list(iter('ab'))", lambda: list(iter("ab")))
counts("bytes(iter(b'ab'))", lambda: bytes(iter(b"ab")))
counts("list(reversed('ab'))", lambda: list(reversed("ab")))
counts("bytearray(iter(b'a'))", lambda: bytearray(iter(b"a")))
counts("sorted(iter([2, 1]))", lambda: sorted(iter([2, 1])))
counts("[].extend(iter([1]))", lambda: [].extend(iter([1])))
