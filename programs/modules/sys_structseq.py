# sys's named tuples and namespace: version_info, flags, float_info,
# int_info, hash_info as struct sequences (tuple behaviour, field names,
# class attributes, no instances from Python), sys.implementation's type
# as types.SimpleNamespace, and other sys constants library code reads.
import sys

vi = sys.version_info
print(vi[:3], vi.major, vi.minor, vi >= (3, 8), vi < (3, 12), isinstance(vi, tuple), len(vi))
print(repr(vi).split("(")[0], vi.releaselevel, vi.serial)
major, minor, *rest = vi
print(major, minor, rest)
print(type(vi).n_fields, type(vi).n_sequence_fields, type(vi).n_unnamed_fields, type(vi).__match_args__)
for name in ["version_info", "flags", "float_info", "int_info", "hash_info"]:
    t = type(getattr(sys, name))
    try:
        t()
    except TypeError as e:
        print(e)
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.dont_write_bytecode, len(sys.flags))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info.bits_per_digit, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sys.maxunicode, sys.float_repr_style, sys.getfilesystemencoding(), sys.is_finalizing())
print(sys.warnoptions, sys.dont_write_bytecode)
impl = sys.implementation
ns_type = type(impl)
print(ns_type.__name__, ns_type.__module__, hasattr(impl, "name"), hasattr(impl, "cache_tag"))
ns = ns_type(a=1, b="two")
print(ns, ns.a, ns == ns_type(a=1, b="two"), ns != ns_type(a=1))
ns.c = [ns]
print(ns)
del ns.a
print(vars(ns).keys(), ns.__reduce__()[0] is ns_type)
try:
    ns_type(1)
except TypeError as e:
    print(e)


class Sub(ns_type):
    pass


print(Sub(x=1), sys.getsizeof(ns_type()))
try:
    sys.version_info.major = 4
except AttributeError as e:
    print(e)
sys.excepthook(ValueError, ValueError("shown by excepthook"), None)
print(sys.excepthook is sys.__excepthook__)
