try:
    x = 1 / 0
except ZeroDivisionError as e:
    print(e)
except (TypeError, ValueError):
    pass
except:
    raise
else:
    print("else")
finally:
    print("finally")

def f():
    try:
        return 1
    finally:
        print("cleanup")

def g():
    for i in range(3):
        try:
            if i:
                break
            continue
        finally:
            print(i)

def h():
    try:
        pass
    except Exception as exc:
        raise ValueError("x") from exc
