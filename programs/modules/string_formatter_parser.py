# _string's two parsers (formatter_parser, formatter_field_name_split): pieces, errors, iterator types, sizes and refcounts
import _string
import sys


def parse(s):
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), "ValueError:", e)


for s in ["", "abc", "a{0!r:>{1}}b{{c}}d{x.y[1]}", "{}", "{:}", "{!s}", "{0!}", "{a!rx}",
          "}", "{", "a}}", "{{", "x{0[}]}y", "{0:{", "{a{b}", "{!", "{0!r", "{0:",
          "{é}{\U0001F600}x\U0001F600", "{0!\U0001F600}", "{0!é:x}", "{0:{1:{2}}}"]:
    parse(s)


def split(s):
    try:
        first, rest = _string.formatter_field_name_split(s)
        print(repr(s), repr(first), list(rest))
    except ValueError as e:
        print(repr(s), "ValueError:", e)


for s in ["", "a", "0", "12.b[0][x]", "a.b.c", "a[", "a[]", "a.", "a[0]x", "٣", "a[٣]",
          "a[99999999999999999999]", "99999999999999999999", "9223372036854775807",
          "9223372036854775808", "a..b", "𝟙[𝟚]", "[0]", ".x"]:
    split(s)

# Errors come from the iterator as it goes: the pieces before are given.
it = _string.formatter_parser("ok{0}}bad")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)

for bad in [1, None, b"x"]:
    for f in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            f(bad)
        except TypeError as e:
            print("TypeError:", e)

it = _string.formatter_parser("a{b}")
print(type(it).__name__, type(it).__module__, iter(it) is it, sys.getsizeof(it))
rest = _string.formatter_field_name_split("a.b")[1]
print(type(rest).__name__, type(rest).__module__, iter(rest) is rest, sys.getsizeof(rest))
print(sorted(n for n in dir(_string) if not n.startswith("__")), repr(_string.__doc__))

# Each iterator keeps one reference to the string it parses.
s = "".join(["x{0}", "y.z"])
print(sys.getrefcount(s))
it = _string.formatter_parser(s)
first, rest = _string.formatter_field_name_split(s)
print(sys.getrefcount(s))
del it, rest
print(sys.getrefcount(s))
