# A class's __dict__ is a read-only mappingproxy of its namespace (live, not a copy), and types.MappingProxyType wraps any mapping, as functools.singledispatch's registry view relies on.
class A:
    x = 1
    def f(self): pass
print(type(A.__dict__), A.__dict__['x'], 'f' in A.__dict__, sorted(k for k in A.__dict__ if not k.startswith('__')))
print(type(int.__dict__).__name__, int.__dict__['real'].__name__ if hasattr(int.__dict__['real'], '__name__') else '')
try:
    A.__dict__['y'] = 2
except TypeError as e:
    print(e)
MP = type(A.__dict__)
d = {'a': 1}
p = MP(d)
d['b'] = 2
print(p, len(p), p['b'], list(p), p.get('c', 0), p.keys(), p.copy())
for f in [lambda: MP([1]), lambda: MP(5), lambda: MP(), lambda: MP(mapping={})]:
    try: print(f())
    except TypeError as e: print("TypeError", e)
print(vars(A)['x'], A.__dict__ == dict(A.__dict__))
