# Writing to sys.stdout / sys.stderr near the recursion limit costs the levels CPython 3.11 charges: the write call, and for the line-buffered stderr given a line end, or a flush(), the calls into the stream's buffer (buffer.flush, raw.write when text is pending); so a print that fails there fails here too (stdout's text is kept out of the probes: CPython drops what its TextIOWrapper held when the call into the buffer fails)
import sys


def probe(fn):
    """How many levels below the limit fn() first runs."""
    found = []

    def f(n):
        try:
            f(n + 1)
        except RecursionError:
            pass
        try:
            fn()
            found.append(n)
            raise StopIteration
        except RecursionError:
            return

    try:
        f(0)
    except StopIteration:
        pass
    return found[0]


sys.stdout.flush()
base = probe(lambda: None)
results = []
for name, fn in [
    ("stderr.write('')", lambda: sys.stderr.write("")),
    ("stdout.write('')", lambda: sys.stdout.write("")),
    ("stderr.write('y\\n')", lambda: sys.stderr.write("y\n")),
    ("stderr.flush()", lambda: sys.stderr.flush()),
    ("print(file=stderr)", lambda: print("e", file=sys.stderr)),
    ("print('', '', sep='', end='')", lambda: print("", "", sep="", end="")),
    ("print('', end='', flush=True)", lambda: print("", end="", flush=True)),
    ("stdout.flush()", lambda: sys.stdout.flush()),
    ("len([])", lambda: len([])),
]:
    results.append((name, base - probe(fn)))
print()
for name, cost in results:
    print(name, cost)


def deep(n):
    try:
        deep(n + 1)
    except RecursionError as e:
        try:
            print("caught at the limit:", e, file=sys.stderr)
        except RecursionError as e2:
            results.append(str(e2))


deep(0)
print(results[-1])
