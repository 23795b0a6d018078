# Context managers that log opening and closing of pretend resources:
# __enter__/__exit__, suppressing an exception, and nesting.


class Resource:
    log = []

    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress
        self.open = False

    def __enter__(self):
        self.open = True
        Resource.log.append(f"open {self.name}")
        print(f"open {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.open = False
        if exc_type is None:
            print(f"close {self.name} cleanly")
            return False
        handled = issubclass(exc_type, self.suppress)
        print(f"close {self.name} after {exc_type.__name__}: {exc} "
              f"({'suppressed' if handled else 'propagated'})")
        return handled

    def use(self, amount):
        if not self.open:
            raise RuntimeError(f"{self.name} is closed")
        if amount < 0:
            raise ValueError(f"negative amount {amount}")
        return amount * 2


with Resource("db") as db:
    print("result", db.use(21))
print("db open?", db.open)

with Resource("cache", suppress=(ValueError,)) as cache:
    cache.use(-1)
    print("not reached")
print("after the suppressed error")

try:
    with Resource("file") as f:
        f.use(-5)
except ValueError as error:
    print("caught outside:", error)

with Resource("outer") as outer, Resource("inner", suppress=(KeyError,)) as inner:
    print("both open:", outer.open, inner.open)
    {}["missing"]
print("outer still ran to completion")

try:
    db.use(1)
except RuntimeError as error:
    print("RuntimeError:", error)


def transfer(amount):
    with Resource("lock"):
        if amount > 100:
            return "too much"
        with Resource("account", suppress=(ZeroDivisionError,)):
            return f"ratio {100 // amount}"
    return "unreachable unless suppressed"


for amount in (500, 25, 0):
    print("transfer:", transfer(amount))
print(Resource.log)
