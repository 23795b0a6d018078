# Start-up plus importing commonly used library modules (CPython's own
# Lib/*.py files, compiled at build time): the cost of running their module
# bodies, which programs pay before their first line of work.
import collections
import dataclasses
import enum
import functools
import json
import re
import typing

print(len(dataclasses.fields(dataclasses.make_dataclass("P", ["x", "y"]))), json.dumps([1]), bool(re.match("a", "a")))
print(typing.Optional[int], enum.Enum("E", "A B").B, collections.Counter("aab")["a"], functools.reduce(max, [1, 3, 2]))
