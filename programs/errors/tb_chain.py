class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad input {s!r}") from e

def load(items):
    try:
        return [parse(x) for x in items]
    finally:
        print("load finished")

try:
    load(["1", "x"])
except ParseError:
    d = {}
    d["missing"]
