# str.format and format_map: field names, lookups, conversions, nested specs, numbering and CPython's errors for each
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __format__(self, spec):
        return f"P({self.x},{self.y};{spec})"


class Seq:
    def __getitem__(self, i):
        return i * 10


class Mapping:
    def __getitem__(self, key):
        return f"<{key}>"


p = Point(1, 2)
print("{0.x} {0.y} {0}".format(p))
print("{p.x}-{p:spec}-{p!r:.10}".format(p=p))
print("{0[0]} {0[1]} {1[a]} {1[b c]} {2[5]} {3[2]}".format([1, 2], {"a": 1, "b c": 2}, Seq(), "abc"))
print("{[0]}{[1]}".format("ab", "cd"))
print("{:{}{}}".format(3.14159, ">", 10), "{0:{1}.{2}f}".format(2.5, 8, 3))
print("{!r} {!s} {!a}".format("é", 1, "é"), "{0!r:>8}|{0!s:^5}|".format("é"))
print("{٠} {𝟙}".format("zero", "one"))
print("{{}} {{{0}}} }}{{".format(7))
print("{a}{b}".format_map(Mapping()))
print("{x}".format_map({"x": 42}), "".format(), "plain".format(1, 2, k=3))


def check(fmt, *args, **kwargs):
    try:
        print(repr(fmt), repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(repr(fmt), f"{type(e).__name__}: {e}")


for fmt in ["{0!}", "{a!rx}", "}", "{", "a}", "x{0[}]}y", "{0:{", "{a{b}", "{!", "{0!r",
            "{0:", "{0!\U0001F600}", "{0!é}", "{0!}}", "{0[0]x}", "{0.}", "{0[]}", "{0[",
            "{0:{1:{2}}}", "{0:{1:{2}x}}", "{}{1}", "{1}{}", "{3}", "{a}", "{0.nope}",
            "{0[9]}", "{0:d}", "{0[-1]}", "{1[0]}", "{2.x}", "{99999999999999999999}", "{0[99999999999999999999]}"]:
    check(fmt, "ab", 5, "")
check("{}{}", 1)
check("{0}{}", 1, 2)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{0}".format_map({0: 1})
except ValueError as e:
    print("ValueError:", e)
try:
    "{k}".format_map({})
except KeyError as e:
    print("KeyError:", e)
