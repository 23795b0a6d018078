# Every alternative of an or-pattern must bind the same names:
# SyntaxError "alternative patterns bind different names".
def first(item):
    match item:
        case [x] | (x, _) | {"x": y}:
            return x
    return None


print(first([1]))
