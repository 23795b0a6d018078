# Recipes from the itertools documentation (3.11), written on the module's
# building blocks: take, tabulate, consume, nth, all_equal, quantify,
# ncycles, flatten, repeatfunc, grouper, roundrobin, partition, powerset,
# unique_everseen, unique_justseen, sliding windows, first_true and more.
from itertools import (accumulate, chain, combinations, count, cycle, filterfalse, groupby, islice,
                       repeat, starmap, tee, zip_longest, pairwise, compress, product, takewhile, dropwhile)


def take(n, iterable):
    return list(islice(iterable, n))


def prepend(value, iterator):
    return chain([value], iterator)


def tabulate(function, start=0):
    return map(function, count(start))


def consume(iterator, n=None):
    if n is None:
        for _ in iterator:
            pass
    else:
        next(islice(iterator, n, n), None)


def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)


def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)


def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))


def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def repeatfunc(func, times=None, *args):
    if times is None:
        return starmap(func, repeat(args))
    return starmap(func, repeat(args, times))


def grouper(iterable, n, *, incomplete="fill", fillvalue=None):
    args = [iter(iterable)] * n
    if incomplete == "fill":
        return zip_longest(*args, fillvalue=fillvalue)
    if incomplete == "strict":
        return zip(*args, strict=True)
    if incomplete == "ignore":
        return zip(*args)
    raise ValueError("Expected fill, strict, or ignore")


def triplewise(iterable):
    for (a, _), (b, c) in pairwise(pairwise(iterable)):
        yield a, b, c


def sliding_window(iterable, n):
    iterables = tee(iterable, n)
    for it, skip in zip(iterables, count()):
        consume(it, skip)
    return zip(*iterables)


def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def before_and_after(predicate, it):
    it = iter(it)
    transition = []

    def true_iterator():
        for elem in it:
            if predicate(elem):
                yield elem
            else:
                transition.append(elem)
                return

    def remainder_iterator():
        yield from transition
        yield from it

    return true_iterator(), remainder_iterator()


def subslices(seq):
    slices = starmap(slice, combinations(range(len(seq) + 1), 2))
    return map(seq.__getitem__, slices)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_everseen(iterable, key=None):
    seen = set()
    seen_add = seen.add
    if key is None:
        for element in filterfalse(seen.__contains__, iterable):
            seen_add(element)
            yield element
    else:
        for element in iterable:
            k = key(element)
            if k not in seen:
                seen_add(k)
                yield element


def unique_justseen(iterable, key=None):
    return map(next, map(lambda kg: kg[1], groupby(iterable, key)))


def iter_except(func, exception, first=None):
    try:
        if first is not None:
            yield first()
        while True:
            yield func()
    except exception:
        pass


def first_true(iterable, default=False, pred=None):
    return next(filter(pred, iterable), default)


def nth_combination(iterable, r, index):
    pool = tuple(iterable)
    n = len(pool)
    c = 1
    k = min(r, n - r)
    for i in range(1, k + 1):
        c = c * (n - k + i) // i
    if index < 0:
        index += c
    if index < 0 or index >= c:
        raise IndexError
    result = []
    while r:
        c, n, r = c * r // n, n - 1, r - 1
        while index >= c:
            index -= c
            c, n = c * (n - r) // n, n - 1
        result.append(pool[-1 - n])
    return tuple(result)


def iter_index(iterable, value, start=0):
    it = islice(iterable, start, None)
    for i, element in enumerate(it, start):
        if element is value or element == value:
            yield i


def running_mean(values):
    return [total / n for n, total in enumerate(accumulate(values), 1)]


print(take(3, "ABCDEFG"), list(prepend(0, [1, 2])), take(4, tabulate(lambda x: x * x, 1)))
it = iter(range(10))
consume(it, 3)
print(next(it), nth(range(10), 3), nth("ab", 5, "z"))
print(all_equal("aaaa"), all_equal("aab"), all_equal(""), quantify([1, 0, 3, None]), quantify(range(10), lambda x: x % 3 == 0))
print(list(ncycles("ab", 3)), list(flatten([[1, 2], [], [3]])))
print(list(repeatfunc(pow, 3, 2, 5)), take(3, repeatfunc(lambda: "x")))
print(list(grouper("ABCDEFG", 3, fillvalue="x")), list(grouper("ABCDEFG", 3, incomplete="ignore")))
try:
    list(grouper("ABCDEFG", 3, incomplete="strict"))
except ValueError as e:
    print("ValueError:", e)
print(list(triplewise("ABCDEFG")))
print(list(sliding_window("ABCDEFG", 4)), list(sliding_window([1, 2], 3)))
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
upper, rest = before_and_after(str.isupper, "ABCdEfGhI")
print("".join(upper), "".join(rest))
print(list(subslices("ABC")))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
stack = [1, 2, 3]
print(list(iter_except(stack.pop, IndexError)), list(iter_except(lambda: 1 / 0, ZeroDivisionError, lambda: "first")))
print(first_true([0, None, "", 7, 8]), first_true([], "none"), first_true(range(10), pred=lambda x: x > 4))
print(nth_combination(range(5), 3, 5), [nth_combination("abcd", 2, i) for i in range(6)] == list(combinations("abcd", 2)))
print(list(iter_index("AABCADEAF", "A")), list(iter_index([0, 1, 0], 0, 1)))
print(running_mean([10, 20, 30, 40]))
print(list(compress(count(), (x % 3 == 0 for x in range(10)))))
print(list(takewhile(lambda p: p[0] < 2, product(range(3), "ab"))), list(dropwhile(lambda x: x < 3, [1, 5, 2])))
print(sum(1 for _ in combinations(range(12), 6)), list(accumulate(range(1, 6), lambda a, b: a * b)))
