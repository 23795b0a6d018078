# User-written decorators without functools: call logging with
# *args/**kwargs, a counter kept on the wrapper, decorators taking
# arguments, stacking order, and a class used as a decorator (__call__).


def logged(function):
    def wrapper(*args, **kwargs):
        shown = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
        print(f"-> {function.__name__}({', '.join(shown)})")
        result = function(*args, **kwargs)
        print(f"<- {function.__name__} returned {result!r}")
        return result
    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


def counted(function):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return function(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = function.__name__
    return wrapper


def repeat(times):
    def decorate(function):
        def wrapper(*args, **kwargs):
            return [function(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = function.__name__
        return wrapper
    return decorate


def validate(**checks):
    def decorate(function):
        def wrapper(**kwargs):
            for name, check in checks.items():
                if name in kwargs and not check(kwargs[name]):
                    raise ValueError(f"{function.__name__}: invalid {name}={kwargs[name]!r}")
            return function(**kwargs)
        return wrapper
    return decorate


def tag(name):
    def decorate(function):
        def wrapper(*args):
            return f"<{name}>{function(*args)}</{name}>"
        return wrapper
    return decorate


class Memoize:
    def __init__(self, function):
        self.function = function
        self.cache = {}

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.function(*args)
        return self.cache[args]


@logged
def add(a, b=0, *, scale=1):
    """Add two numbers and scale the result."""
    return (a + b) * scale


@counted
def greet(name):
    return f"hello {name}"


@repeat(3)
def roll():
    return "dice"


@validate(age=lambda a: 0 <= a < 150, name=lambda n: n.isalpha())
def register(name, age):
    return f"registered {name}, {age}"


@tag("b")
@tag("i")
def text(s):
    return s


@Memoize
def paths(rows, cols):
    if rows == 1 or cols == 1:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


add(2, 3)
add(1, b=4, scale=10)
print(add.__name__, "|", add.__doc__)
for person in ["ann", "bob", "cy"]:
    greet(person)
print(greet("dee"), greet.calls, greet.__name__)
print(roll())
print(register(name="Ada", age=36))
for bad in [{"name": "Ada", "age": 200}, {"name": "R2D2", "age": 40}]:
    try:
        register(**bad)
    except ValueError as error:
        print("ValueError:", error)
print(text("nested"))
print(paths(10, 10), len(paths.cache), type(paths).__name__, callable(paths))
plain = logged(lambda x: x * 2)
print(plain(21), plain.__name__)
