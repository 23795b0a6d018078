# An exception made by calling its class keeps the one args tuple __new__ and __init__ share (CPython's type_call passes both the same tuple), so generation 0 counts one allocation, and "%"-formatting of a tuple display allocates none (fuzz seed 100041).
import gc, sys
gc.collect()
gc.disable()
g = gc.get_count
r = []
r.append(g()[0])
r.append(g()[0])
x = ValueError("a", "b"); r.append(g()[0]); del x; r.append(g()[0])
x = ValueError("a", "b"); r.append(g()[0]); del x; r.append(g()[0])
x = LookupError("a", "b"); r.append(g()[0]); del x; r.append(g()[0])
x = ValueError("a"); r.append(g()[0]); del x; r.append(g()[0])
x = ValueError(); r.append(g()[0]); del x; r.append(g()[0])
try:
    raise KeyError(1)
except KeyError as e:
    r.append(len(e.args))
r.append(g()[0])
s = "%s|%r|%5s|%-6s|" % ("MiXeD CaSe", "a\tb\nc", "MiXeD CaSe"[:2], 0)
r.append(g()[0])
e = ValueError(1, 2)
e.__init__(1, 2)
print(e.args, sys.getrefcount(e.args))
e.__init__(3)
print(e.args)
sys.stdout.write(str(r) + "\n")
