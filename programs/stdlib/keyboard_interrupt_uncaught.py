# An uncaught KeyboardInterrupt: finally blocks and __del__ at shutdown run, the traceback is printed, and the process dies of SIGINT (exit status -2, as subprocess reports it)
class Resource:
    def __del__(self):
        print("Resource.__del__ at shutdown")


class Quiet(KeyboardInterrupt):
    pass


held = Resource()
try:
    raise Quiet("a subclass is caught here")
except KeyboardInterrupt as e:
    print("caught", type(e).__name__, e)
try:
    print("raising")
    raise KeyboardInterrupt
finally:
    print("finally runs")
