# The default output of a warning: "FILE:LINE: Category: text" and the stripped source line on stderr, through _warnings alone (warn, warn_explicit), with the default filters: DeprecationWarning shown in __main__ only, once per location; stacklevel picks the reported line; an "error" filter raises.
import sys
import _warnings

print(_warnings._defaultaction, _warnings._onceregistry)


def helper():
    _warnings.warn("from helper, reported at the caller", stacklevel=2)


for i in range(3):
    _warnings.warn("in a loop: shown once")
    helper()
_warnings.warn("deprecated here", DeprecationWarning)
_warnings.warn("pending", PendingDeprecationWarning)
_warnings.warn("runtime", RuntimeWarning)
_warnings.warn_explicit("explicit", SyntaxWarning, "nofile.py", 7)
print(sorted(k if isinstance(k, str) else k[0] for k in __warningregistry__))

lib = type(sys)("somelib")
exec("import _warnings\ndef old():\n    _warnings.warn('old api', DeprecationWarning)\n", lib.__dict__)
lib.old()
print(lib.__dict__["__warningregistry__"])

_warnings.filters.insert(0, ("error", None, UserWarning, None, 0))
_warnings._filters_mutated()
try:
    _warnings.warn("now an error")
except UserWarning as e:
    print("UserWarning:", e)
print(__warningregistry__)
sys.stdout.flush()
