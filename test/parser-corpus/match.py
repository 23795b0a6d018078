match x:
    case 1:
        pass
    case -1 | 2.5 | -0.5:
        pass
    case "a" "b" | b"c":
        pass
    case None | True | False:
        pass
    case y:
        pass
    case _ if y > 1:
        pass
    case Color.RED | a.b.c:
        pass
    case (1):
        pass
    case ((a)):
        pass
    case ():
        pass
    case (a,):
        pass
    case (a, *rest):
        pass
    case [a, *_, b]:
        pass
    case []:
        pass
    case [a, b,]:
        pass
    case a, b:
        pass
    case *a, b:
        pass
    case a,:
        pass
    case {}:
        pass
    case {**rest}:
        pass
    case {"k": v, 1: w, -2: z, None: n, a.b: c, **rest,}:
        pass
    case {"k": _,}:
        pass
    case Point():
        pass
    case Point(1, y=2,):
        pass
    case a.Point(x, y):
        pass
    case Point(x=0, y=(1 | 2) as q):
        pass
    case [1, 2] as whole:
        pass
    case ((1 | 2) as v) | 3:
        pass
    case {"a": [1, {"b": C(d=[*_])}]}:
        pass
    case x if (y := x):
        pass
    case 1: pass
match (a, b):
    case _:
        pass
match a, *b:
    case _:
        pass
match a,:
    case _:
        pass
match -x:
    case _:
        pass
match (y := f()):
    case _:
        pass
match = 1
match.x = 2
match(x)
match[0]: int
case = match
_ = case
def f(match, case):
    match match:
        case case:
            return case
