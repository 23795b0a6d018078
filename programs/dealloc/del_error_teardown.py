# __del__ raising at exit (spec 2.6, 2.7): during the collection before the
# modules are torn down the report shows source lines and carets; once
# sys.modules is emptied CPython can no longer read source, so the report
# of a global's finalizer has the traceback entries alone.
class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        return self.missing_attribute + 1


def helper(x):
    return 1 / x


class Deep:
    def __del__(self):
        print("del deep")
        helper(0)


cycle = Loud("cycle")
cycle.me = cycle
del cycle
plain = Loud("global")
deep = Deep()
print("end of script")
