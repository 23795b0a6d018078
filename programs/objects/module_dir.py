# dir() of a module lists its namespace (module.__dir__), or what the
# module's own __dir__ function returns (PEP 562), sorted by dir().
import sys
import gc

print([n for n in dir(gc) if n.startswith("__")])
print(sorted(vars(gc)) == dir(gc))


def __dir__():
    return ["zeta", "alpha", "mid"]


print(dir(sys.modules[__name__]))
print(type(sys.modules[__name__]).__dir__(sys.modules[__name__]))
