# An exception raised inside __del__ cannot propagate: CPython prints
# "Exception ignored in: ..." with a traceback on stderr and carries on,
# both when the refcount drops to zero and when the collector frees a cycle.
import gc


class Connection:
    def __init__(self, name, fail):
        self.name = name
        self.fail = fail
        self.peer = None

    def __del__(self):
        print(f"closing {self.name}")
        if self.fail == "divide":
            rate = 1 / 0
        if self.fail == "raise":
            raise RuntimeError(f"{self.name} did not close cleanly")


print("refcount path:")
conn = Connection("db", "raise")
del conn
print("the program continues after the ignored exception")

broken = Connection("cache", "divide")
broken = None
print("and again")

print("collector path:")
a = Connection("left", None)
b = Connection("right", "raise")
a.peer, b.peer = b, a
del a, b
print("collected:", gc.collect())
print("end, exit status stays 0")
