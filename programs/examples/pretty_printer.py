# A JSON-like pretty printer written by hand: recursion with isinstance
# dispatch, string escaping, and str.join with indentation.


def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value, indent=2, level=0):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for key, v in value.items():
            if not isinstance(key, str):
                raise TypeError(f"keys must be str, not {type(key).__name__}")
            items.append(f"{pad}{escape(key)}: {dumps(v, indent, level + 1)}")
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


def compact(value):
    if isinstance(value, dict):
        return "{" + ", ".join(f"{escape(k)}: {compact(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(compact(v) for v in value) + "]"
    return dumps(value)


document = {
    "name": "refpy",
    "version": [0, 1, 0],
    "stable": False,
    "ratio": 0.75,
    "tags": ["python", "heap", "gc"],
    "owner": None,
    "notes": 'said "hi"\n\tthen left\\',
    "nested": {"empty_list": [], "empty_dict": {}, "deep": [[1, [2, [3]]]]},
}

print(dumps(document))
print(compact(document))
print(dumps([1, 2.5, "x"], indent=4))
print(dumps("bell\x07"))
for bad in [{1: "one"}, {"s": {1, 2}}]:
    try:
        dumps(bad)
    except TypeError as error:
        print("TypeError:", error)
