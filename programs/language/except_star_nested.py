# Nested except* blocks, sys.exception() inside and after them, what the handler raises and its __context__, and when the leaves of a handled group are freed.
import sys
def f():
    try:
        raise ExceptionGroup("a", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        try:
            raise ExceptionGroup("b", [KeyError(3)])
        except* KeyError as k:
            print("inner", repr(k), repr(sys.exception()))
        print("after inner", repr(sys.exception()))
    except* TypeError as t:
        print("t", repr(t), repr(t.__context__))
        raise OSError("x")
try:
    f()
except Exception as e:
    print(repr(e), repr(e.__context__), sys.exc_info()[0])
print(sys.exc_info())
class E(Exception):
    def __del__(self): print("del", self.args)
try:
    try:
        raise ExceptionGroup("g", [E(1), E(2)])
    except* E as e:
        print("handled", len(e.exceptions))
except Exception:
    pass
print("end")
