# The match statement's simple patterns: literals, captures, the wildcard,
# dotted values, groups, None/True/False by identity, or-patterns,
# as-patterns and guards, and `match`/`case`/`_` still usable as names.


class Color:
    RED = "red"
    GREEN = "green"


def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello" "!":
            return "greeting"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case Color.RED | Color.GREEN:
            return "a color: " + x
        case (4):
            return "four in parentheses"
        case 5 | 6 as n:
            return f"five or six: {n}"
        case int(n) if n > 100:
            return f"big {n}"
        case int() as n if n < 0:
            return f"negative {n}"
        case str(s) if len(s) > 3:
            return f"long string {s!r}"
        case other:
            return f"something else: {other!r}"


for value in [0, 1, 3, -1, 2.5, 2.0, "hello!", b"raw", None, True, False, 1.0, "red", "green", 4, 5, 6, 150, -7, "abcd", "ab", [1]]:
    print(repr(value), "->", describe(value))

# 1 == True and 1.0 == 1, but True/False/None match by identity only.
match 1:
    case True:
        print("1 matched True")
    case 1:
        print("1 matched 1")

match True:
    case 1:
        print("True matched 1 (equality)")

# The subject is evaluated once; a tuple subject without parentheses.
calls = []


def subject():
    calls.append("called")
    return 42


match subject():
    case 1:
        pass
    case 42:
        print("42 after", calls)

match 1, 2:
    case (1, x):
        print("tuple subject, x =", x)

# A guard sees the captures; a failing guard moves on to the next case,
# and the capture it made stays bound.
match 10:
    case n if n > 50:
        print("no")
    case n if n > 5:
        print("guard passed with", n)
print("n after match:", n)

match 3:
    case y if y > 5:
        print("no")
    case _:
        print("y was bound by the failed guard:", y)

# No case matches: nothing happens, nothing is bound.
match "unmatched":
    case 1:
        print("no")
    case [z]:
        print("no")
print("z bound?", "z" in globals())

# The soft keywords stay ordinary names.
match = [1, 2]
case = {"a": 1}
_ = "underscore"
print(match, case, _)
match match:
    case [case, _]:
        print("case =", case, "and _ is still", repr(_))


def f(match, case):
    match match:
        case case.value:
            return "value pattern from a parameter named case"
        case _:
            return "no"


class Holder:
    value = 7


print(f(7, Holder()))
print(f(8, Holder()))

# The default case with a guard.
for v in [1, 2]:
    match v:
        case 1:
            print("one")
        case _ if v > 1:
            print("default with guard", v)
