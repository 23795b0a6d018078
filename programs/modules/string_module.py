# Lib/string.py over _string: the constants, capwords, Template (substitute, safe_substitute, errors, subclasses) and Formatter (vformat, parse, get_field, overrides)
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(sorted(string.__all__))
print(string.capwords("hello   world  of\tpython"), string.capwords("a-b-c", "-"), repr(string.capwords("")))

t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann"}, what="tea"))
print(t.safe_substitute(who="bob"), t.template)
for bad in [dict(what="x"), dict(who="a")]:
    try:
        t.substitute(bad)
    except KeyError as e:
        print("KeyError:", e)
try:
    string.Template("$who owes $").substitute(who="x")
except ValueError as e:
    print("ValueError:", e)
print(string.Template("$ x").safe_substitute())
print(string.Template("${a}$b $c").get_identifiers(), string.Template("$a $$b ${").is_valid())


class Percent(string.Template):
    delimiter = "%"


print(Percent("%name is %{age}").substitute(name="x", age=3))


class Braces(string.Template):
    idpattern = r"[a-z]+_[a-z]+"


print(Braces("$first_name $x").safe_substitute(first_name="Ada"))

f = string.Formatter()
print(f.format("{0} {x} {1!r:>5}", 1, "s", x="X"))
print(f.format("{0.real} {1[k]}", 3, {"k": "v"}))
print(f.format("{} and {}", "a", "b"), f.format("{:{}}|", "c", 3))
print(list(f.parse("a{0!r:>{1}}b{{c}}d{x.y[1]}")))
print(f.get_field("0.real", (5,), {}), f.get_field("x[1]", (), {"x": "ab"}))
print(f.vformat("{a}", (), {"a": 1}))
for fmt, args in [("{", ()), ("{0}", ()), ("{}{0}", (1,)), ("{0}{}", (1, 2)), ("{0!x}", (1,))]:
    try:
        f.format(fmt, *args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)


class Upper(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, key.upper())
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def check_unused_args(self, used_args, args, kwargs):
        print("used", sorted(map(str, used_args)))


print(Upper().format("{name} {0!u} {other}", "abc", other=1))
