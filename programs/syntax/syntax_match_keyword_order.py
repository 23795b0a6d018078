# In a class pattern, positional sub-patterns cannot follow keyword ones:
# SyntaxError "positional patterns follow keyword patterns" under them.
class Point:
    __match_args__ = ("x", "y")


match Point():
    case Point(x=0, 1, 2):
        print("no")
