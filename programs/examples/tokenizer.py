# A hand-written tokenizer for a tiny arithmetic language: character
# classes with str methods, a while loop over an index, and tuples as tokens.

KEYWORDS = {"let", "print", "if", "else"}
OPERATORS = {"+", "-", "*", "/", "(", ")", "=", "==", "<=", ">=", "<", ">"}


class TokenError(Exception):
    pass


def tokenize(source):
    tokens = []
    i = 0
    line = 1
    while i < len(source):
        ch = source[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch == "#":
            while i < len(source) and source[i] != "\n":
                i += 1
        elif ch.isdigit():
            start = i
            while i < len(source) and (source[i].isdigit() or source[i] == "."):
                i += 1
            text = source[start:i]
            value = float(text) if "." in text else int(text)
            tokens.append(("NUMBER", value, line))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            kind = "KEYWORD" if word in KEYWORDS else "NAME"
            tokens.append((kind, word, line))
        elif ch == '"':
            if (end := source.find('"', i + 1)) == -1:
                raise TokenError(f"unterminated string on line {line}")
            tokens.append(("STRING", source[i + 1:end], line))
            i = end + 1
        elif source[i:i + 2] in OPERATORS:
            tokens.append(("OP", source[i:i + 2], line))
            i += 2
        elif ch in OPERATORS:
            tokens.append(("OP", ch, line))
            i += 1
        else:
            raise TokenError(f"unexpected character {ch!r} on line {line}")
    tokens.append(("EOF", None, line))
    return tokens


program = """
let width = 12   # a comment
let area = width * (3.5 + x_1)
if area >= 100 print "big" else print "small"
"""

for kind, value, line in tokenize(program):
    print(f"{line:>3} {kind:<8} {value!r}")

counts = {}
for kind, _, _ in tokenize(program):
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))

for bad in ['print "oops', "let y = 3 $ 4"]:
    try:
        tokenize(bad)
    except TokenError as error:
        print("TokenError:", error)
