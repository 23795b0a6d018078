# What repr() of a container allocates, as the collector counts it: the
# first repr of a container makes the thread state's dict and the list of
# objects whose repr is in progress (an empty set or dict too: they enter
# it before looking at their size); a set and a dict view are listed
# through their iterator; a SimpleNamespace lists its keys into a list.
import gc, types

class S(set):
    def __iter__(self):
        print("S.__iter__")
        return iter([3, 2, 1])

def delta(label, f):
    a = gc.get_count()[0]
    f()
    b = gc.get_count()[0]
    print(label, b - a)

gc.collect()
gc.set_threshold(100000)
delta("first repr of set()", lambda: repr(set()))
delta("set()", lambda: repr(set()))
delta("{}", lambda: repr({}))
delta("{1, 2}", lambda: repr({1, 2}))
delta("frozenset", lambda: repr(frozenset([1])))
delta("{}.items()", lambda: repr({}.items()))
delta("{1: 2}.items()", lambda: repr({1: 2}.items()))
delta("{1: 2, 3: 4}.keys()", lambda: repr({1: 2, 3: 4}.keys()))
delta("{1: 2}.values()", lambda: repr({1: 2}.values()))
delta("namespace()", lambda: repr(types.SimpleNamespace()))
delta("namespace(a=1, b=[2])", lambda: repr(types.SimpleNamespace(a=1, b=[2])))
print(repr(S({5})))
print(types.SimpleNamespace(b=1, a=2, **{"": 3}))
