# Name scopes: local, enclosing, global and builtin (LEGB); global and
# nonlocal statements; closures that keep variables alive; shadowing.

level = "global"
calls = 0


def show_levels():
    level = "local"

    def inner():
        return f"inner sees {level}"
    return inner()


def read_global():
    return f"function sees {level}"


def bump():
    global calls
    calls += 1
    return calls


def make_accumulator(start):
    total = start

    def add(amount):
        nonlocal total
        total += amount
        return total
    return add


def make_counters():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    def reset():
        nonlocal count
        old, count = count, 0
        return old

    def peek():
        return count
    return increment, reset, peek


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def innermost():
            nonlocal x
            x = "changed by innermost"
        innermost()
        return x
    result = middle()
    return x, result


print(show_levels(), "|", read_global(), "|", level)
print(bump(), bump(), bump(), calls)
acc = make_accumulator(100)
print(acc(10), acc(-30), acc(0))
other = make_accumulator(0)
print(other(1), acc(1), "(separate closures keep separate state)")
inc, reset, peek = make_counters()
for _ in range(3):
    inc()
print(peek(), reset(), peek(), inc())
print(outer())

len = lambda x: "shadowed len"
print(len([1, 2, 3]))
del len
print(len([1, 2, 3]), "(builtin visible again after del)")


def set_config():
    global config
    config = {"debug": True}


set_config()
print(config)


def counter_factory():
    counters = []
    for i in range(3):
        def counter(i=i):
            return i * 10
        counters.append(counter)
    return counters


print([c() for c in counter_factory()])
x = 1


def read_then_assign():
    try:
        print(x)
    except UnboundLocalError as error:
        print("UnboundLocalError:", error)
    x = 2
    return x


print(read_then_assign(), x)
