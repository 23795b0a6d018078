# A class pattern names each attribute once:
# SyntaxError "attribute name repeated in class pattern: x".
class Point:
    pass


match Point():
    case Point(x=1,
               y=2,
               x=3):
        print("no")
