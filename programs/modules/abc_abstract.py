# abc through CPython's _py_abc: abstract methods block instantiation with
# CPython's message, register() makes virtual subclasses, __subclasshook__,
# and numbers' tower answers isinstance for the built-in numbers.
import abc
import numbers


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...

    @abc.abstractmethod
    def perimeter(self): ...

    def describe(self):
        return f"{type(self).__name__}: area {self.area()}"


try:
    Shape()
except TypeError as e:
    print(e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print(e)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), Shape.__abstractmethods__ == {"area", "perimeter"})
print(sorted(Half.__abstractmethods__), Square.__abstractmethods__)


class Drawable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented


class Pen:
    def draw(self):
        pass


print(issubclass(Pen, Drawable), isinstance(Pen(), Drawable), issubclass(int, Drawable))
Drawable.register(int)
print(issubclass(int, Drawable), issubclass(bool, Drawable))
print(isinstance(3, numbers.Integral), isinstance(3.5, numbers.Real), isinstance(3.5, numbers.Integral))
print(isinstance(1j, numbers.Complex), issubclass(bool, numbers.Number), isinstance("3", numbers.Number))
print(type(Shape).__name__, abc.get_cache_token() is not None)
