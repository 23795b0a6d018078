# A match statement without its colon: SyntaxError "expected ':'", while
# `match(value)` on its own is an ordinary call of a function named match.
def match(value):
    return value


match(1)
match 1
    case 1:
        pass
