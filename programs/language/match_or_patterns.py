# Or-patterns and as-patterns: every alternative binds the same names
# (in any order), the first alternative that matches wins, captures are
# bound only when the whole pattern matches, and as-patterns nest.


def swap_order(p):
    match p:
        case (a, b, "ab") | (b, a, "ba"):
            return a, b
        case [x, [y, z]] | [[z, y], x] | {"x": x, "y": y, "z": z}:
            return x, y, z
        case (1 as one) | (2 as one) | [one]:
            return "one", one
        case ((3 | 4) as inner) as outer:
            return inner, outer
        case _:
            return None


for v in [(1, 2, "ab"), (1, 2, "ba"), [1, [2, 3]], [[3, 2], 1], {"x": 7, "y": 8, "z": 9, "w": 0},
          1, 2, [5], 3, 4, "other"]:
    print(repr(v), "->", swap_order(v))


# The alternatives are tried in order on the same subject.
class Probe:
    def __init__(self, name, result):
        self.name = name
        self.result = result

    def __eq__(self, other):
        print("  compare with", self.name)
        return self.result


class Values:
    A = Probe("A", False)
    B = Probe("B", True)
    C = Probe("C", True)


match 0:
    case Values.A | Values.B | Values.C:
        print("matched at the second alternative")

# A capture is not bound when a later part of the pattern fails.
w = "unbound"
match [1, 2]:
    case [w, 3]:
        print("no")
    case _:
        print("w after a failed case:", w)

# Or-patterns inside sequences, mappings and class patterns.
for item in [["get", 1], ["put", 2, "x"], ["del", 3], {"op": "get", "id": 4}, ["bad"]]:
    match item:
        case ["get" | "del" as op, key] | {"op": "get" | "del" as op, "id": key}:
            print(op, key)
        case ["put", key, value]:
            print("put", key, value)
        case _:
            print("unknown", item)

# Deep nesting of captures keeps their values straight.
match (1, (2, (3, (4, 5))), 6):
    case (a, (b, (c, (d, e))), f) if a + b + c + d + e + f == 21:
        print(a, b, c, d, e, f)

match {"k": [1, {"m": (2, 3)}]}:
    case {"k": [x, {"m": (y, z) as pair}]} as whole:
        print(x, y, z, pair, whole)
