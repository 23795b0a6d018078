def f(x):
    try:
        try:
            x()
        except ValueError:
            return 1
        finally:
            print("inner")
    except Exception as e:
        return e
    return 0

def g():
    while True:
        try:
            return 1
        except KeyError:
            continue
        finally:
            pass

def h(items):
    for item in items:
        try:
            pass
        except Exception:
            break
