# atexit: callbacks run at exit newest first with their arguments, before
# __main__'s objects are finalized; unregister removes every registration
# of a function; an exception in one is reported and the rest still run.
import atexit


class Noisy:
    def __del__(self):
        print("Noisy finalized")


keep = Noisy()


def bye(who, punct="!"):
    print("bye", who + punct)


def boom():
    raise ValueError("in callback")


def never():
    print("never runs")


print(atexit.register(bye, "first") is bye)
atexit.register(boom)
atexit.register(never)
atexit.register(never)
atexit.register(bye, "last", punct="?")
atexit.unregister(never)
try:
    atexit.register(42)
except TypeError as e:
    print(e)
print("main done")
