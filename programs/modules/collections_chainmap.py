# collections.ChainMap as tutorials use it: layered lookups (defaults under overrides), new_child, parents, maps, writes going to the first mapping.
from collections import ChainMap

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], len(config), sorted(config), dict(config))
print(config)
config["color"] = "blue"
print(cli, defaults, config["color"])
child = config.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[0], len(child.maps))
del child["user"]
print(child["user"], "user" in child, child.get("nope", "dflt"))
try:
    del child["user"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap({"a": 1}, {"a": 2, "b": 3}).items(), list(ChainMap({"a": 1}, {"b": 2}).keys()))
scopes = ChainMap()
scopes["x"] = 1
inner = scopes.new_child()
inner["x"] = 2
print(inner["x"], scopes["x"], inner, bool(ChainMap()), bool(inner))
print(config.copy(), type(config.copy()).__name__, ChainMap({"k": 1}) | {"j": 2})
print(repr(ChainMap()), ChainMap({1: 2}).pop(1), ChainMap({1: 2}).popitem())
