# importlib over refpy's import system: import_module (absolute, relative, submodules, errors), importlib.machinery's suffix lists and ModuleSpec, importlib.util.resolve_name and module_from_spec.
import importlib
import importlib.machinery
import importlib.util
import sys

m = importlib.import_module("json")
print(m.__name__, m is sys.modules["json"])
print(importlib.import_module(".decoder", "json").__name__)
print(importlib.import_module("json.encoder").__name__)
print(importlib.import_module("..decoder", "json.encoder").__name__)
print(importlib.import_module("colorsys").rgb_to_hsv(1, 0, 0))
for args in [("nope",), (".x",), ("..x", "json"), ("json.nope",), ("colorsys.x",)]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
sys.modules["halted"] = None
try:
    importlib.import_module("halted")
except ImportError as e:
    print(type(e).__name__, e)

print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.machinery.DEBUG_BYTECODE_SUFFIXES, importlib.machinery.OPTIMIZED_BYTECODE_SUFFIXES)
print(importlib.machinery.all_suffixes()[:2])
spec = importlib.machinery.ModuleSpec("mod", None, origin="somewhere", is_package=True)
print(spec, spec.parent, spec.submodule_search_locations, spec.has_location)
print(spec == importlib.machinery.ModuleSpec("mod", None, origin="somewhere", is_package=True))
mod = importlib.util.module_from_spec(spec)
print(type(mod).__name__, mod.__name__, mod.__spec__ is spec, mod.__path__)
print(importlib.util.resolve_name(".x", "a.b"), importlib.util.resolve_name("..x", "a.b"))
try:
    importlib.util.resolve_name("...x", "a.b")
except ImportError as e:
    print(e)
print(sys.modules["sys"].__spec__.origin, sys.modules["builtins"].__spec__.name)
print(importlib.machinery.BuiltinImporter.find_spec("nope"), importlib.machinery.FrozenImporter.find_spec("nope"))
print(importlib.util.MAGIC_NUMBER, importlib.util.source_from_cache("/a/__pycache__/b.cpython-311.pyc") if False else "")
