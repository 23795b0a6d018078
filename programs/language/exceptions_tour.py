# Exception handling flow: try/except/else/finally order, a custom
# hierarchy, except (A, B) as e, re-raising, chaining with __cause__ and
# __context__, finally overriding return, and exception args.


class AppError(Exception):
    """Base class for this program's errors."""


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"no such key: {key!r}")
        self.key = key


class Invalid(AppError):
    pass


def flow(action):
    print(f"[{action}]", end=" ")
    try:
        print("try", end=" ")
        if action == "fail":
            raise Invalid("bad input")
        if action == "return":
            return "returned from try"
        if action == "crash":
            raise KeyError("k")
    except Invalid as error:
        print(f"except({error})", end=" ")
    else:
        print("else", end=" ")
    finally:
        print("finally")
    return "fell through"


print("  ->", flow("ok"), "|", flow("fail"), "|", flow("return"))
try:
    flow("crash")
except KeyError as error:
    print("  -> propagated", repr(error))

store = {"a": 1}


def lookup(key):
    try:
        return store[key]
    except KeyError:
        raise NotFound(key)


def lookup_strict(key):
    try:
        return store[key]
    except KeyError as error:
        raise NotFound(key) from error


for fn in (lookup, lookup_strict):
    try:
        fn("zz")
    except AppError as error:
        print(fn.__name__, "|", error, "| cause:", repr(error.__cause__), "| context:", repr(error.__context__))

for value in ["12", "x", None, "0"]:
    try:
        result = 100 // int(value)
    except (ValueError, TypeError) as error:
        print(f"{value!r}: {type(error).__name__}: {error}")
    except ZeroDivisionError:
        print(f"{value!r}: division by zero")
    else:
        print(f"{value!r}: {result}")


def retry(times):
    for attempt in range(1, times + 1):
        try:
            if attempt < 3:
                raise ConnectionError(f"attempt {attempt} failed")
            return f"connected on attempt {attempt}"
        except ConnectionError as error:
            print(" ", error)
            if attempt == times:
                print("  giving up, re-raising")
                raise


print(retry(5))
try:
    retry(2)
except ConnectionError as error:
    print("caught re-raised:", error)


def finally_wins():
    try:
        return "try"
    finally:
        print("  finally runs before the return completes")


print(finally_wins())
error = ValueError("message", 42)
print(error.args, str(error), repr(error), str(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(issubclass(NotFound, AppError), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(NotFound("x"), Exception), NotFound("x").key, isinstance(NotFound("x"), LookupError))
try:
    try:
        raise Invalid("inner")
    finally:
        print("inner finally")
except AppError as caught:
    print("outer caught", type(caught).__name__, caught)
try:
    print(caught)
except NameError as error:
    print("NameError:", error, "(the name bound by except is deleted after the block)")
