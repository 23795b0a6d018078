# `case _:` matches everything, so a case after it is an error:
# SyntaxError "wildcard makes remaining patterns unreachable".
def grade(score):
    match score:
        case 10:
            return "perfect"
        case _:
            return "other"
        case 0:
            return "zero"


print(grade(10))
