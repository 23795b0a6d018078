# A class hierarchy of shapes: inheritance, super(), an "abstract" method,
# class attributes, __lt__ for sorted(), isinstance and issubclass.
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __str__(self):
        return f"{self.name} with area {self.area():.3f}"


class Rectangle(Shape):
    sides = 4

    def __init__(self, width, height):
        super().__init__("rectangle")
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def __repr__(self):
        return f"Rectangle({self.width}, {self.height})"


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def __repr__(self):
        return f"Square({self.width})"


class Circle(Shape):
    sides = 0

    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    def __repr__(self):
        return f"Circle({self.radius})"


class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        super().__init__("triangle")
        if not (a + b > c and a + c > b and b + c > a):
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def perimeter(self):
        return self.a + self.b + self.c

    def __repr__(self):
        return f"Triangle({self.a}, {self.b}, {self.c})"


shapes = [Rectangle(3, 4), Circle(1.5), Square(2), Triangle(3, 4, 5), Circle(0.5)]
for shape in shapes:
    print(shape, "| perimeter", round(shape.perimeter(), 2), "| sides", shape.sides)
print(sorted(shapes))
print(sorted(shapes, key=lambda s: s.perimeter(), reverse=True))
print(min(shapes), "/", max(shapes, key=lambda s: s.sides))
print("total area", round(sum(s.area() for s in shapes), 4))
print([type(s).__name__ for s in shapes if isinstance(s, Rectangle)])
print(issubclass(Square, Shape), issubclass(Circle, Rectangle), Shape.count)
try:
    Triangle(1, 2, 10)
except ValueError as error:
    print("ValueError:", error)
try:
    print(Shape("blob"))
except NotImplementedError as error:
    print("NotImplementedError:", error)
print("shapes created:", Shape.count)
