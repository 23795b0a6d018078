# timeit: Timer and timeit/repeat with statements, setup, globals and callables; only deterministic results are printed
import timeit

count = 0


def work():
    global count
    count += 1


t = timeit.timeit("work()", globals=globals(), number=25)
print(type(t).__name__, t >= 0, count)
print(timeit.timeit(work, number=5) >= 0, count)
r = timeit.repeat("x = sum(range(10))", repeat=3, number=10)
print(len(r), all(v >= 0 for v in r))
timer = timeit.Timer("y = x * 2", setup="x = 21")
print(timer.timeit(number=3) >= 0)
n, total = timer.autorange()
print(n >= 1, total >= 0)
print(timeit.default_timer is __import__("time").perf_counter)
for bad in ["return 1", "x = (", "yield"]:
    try:
        timeit.Timer(bad)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    timeit.Timer(42)
except ValueError as e:
    print("ValueError", e)
timer = timeit.Timer("1 / 0")
try:
    timer.timeit(number=1)
except ZeroDivisionError:
    import io
    buf = io.StringIO()
    timer.print_exc(file=buf)
    print(buf.getvalue().splitlines()[-1])
