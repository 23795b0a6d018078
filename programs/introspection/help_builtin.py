# help() on built-in functions: the signature from __text_signature__ (as CPython's pydoc reads it through inspect), `(...)` without one, and the docstring after the signature line.
import math

help(len)
help(math.sqrt)
help(max)
help(sorted)
help(divmod)
help(math.log)
