# Exceptions: handlers, else/finally, chaining, re-raise, exc state.
import sys
def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        if n == 1:
            return 1 / 0
        if n == 2:
            return {}["k"]
        return "ok"
    except ValueError as e:
        return f"value error: {e}"
    except (ZeroDivisionError, KeyError) as e:
        return f"{type(e).__name__}: {e}"
    else:
        print("no exception")
    finally:
        print("finally", n)
for n in range(4):
    print(f(n))

def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(ret_in_finally())

def loop_control():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("finally", i)
loop_control()

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise KeyError("inner")
    except KeyError as k:
        raise ValueError("outer") from k
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)

try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)

def reraise():
    try:
        raise TypeError("t")
    except TypeError:
        raise
try:
    reraise()
except TypeError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)

print(sys.exc_info()[0])
try:
    raise ValueError("handled")
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())

try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(7)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
try:
    try:
        pass
    except ZeroDivisionError:
        print("no")
    except 5:
        print("never")
    print("no exception no check")
    try:
        1/0
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)

def nested():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError:
            pass
        print("still handling:", sys.exc_info()[1])
nested()
a, *b, c = [1, 2, 3, 4]
print(a, b, c)
for bad in ([1, 2], [1, 2, 3, 4], 5):
    try:
        x, y, z = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    p, *q, r = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    int("x")
except ValueError as e:
    print(e)
print(KeyError("k"), repr(KeyError("k")), str(KeyError()), ValueError(1, 2))
