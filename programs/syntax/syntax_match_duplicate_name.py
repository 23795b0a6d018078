# One pattern cannot bind the same name twice:
# SyntaxError "multiple assignments to name 'x' in pattern".
def same(pair):
    match pair:
        case (x, x):
            return True
        case _:
            return False


print(same((1, 1)))
