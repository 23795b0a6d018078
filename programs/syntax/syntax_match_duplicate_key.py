# A mapping pattern cannot check the same literal key twice (True == 1):
# SyntaxError "mapping pattern checks duplicate key (1)" under the pattern.
config = {1: "one"}
match config:
    case {True: a, 1: b}:
        print(a, b)
