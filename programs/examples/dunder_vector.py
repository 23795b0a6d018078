# A 2-D vector with arithmetic dunders (__radd__ lets sum() work),
# __eq__/__hash__ for dict keys, __lt__ for sorted(), and the container
# protocol: __len__, __getitem__, __iter__, __contains__, plus __call__.
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        if other == 0:          # lets sum() start from 0
            return self
        return self.__add__(other)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, scalar):
        if isinstance(scalar, Vector):
            return self.x * scalar.x + self.y * scalar.y
        return Vector(self.x * scalar, self.y * scalar)

    def __rmul__(self, scalar):
        return self * scalar

    def __truediv__(self, scalar):
        return Vector(self.x / scalar, self.y / scalar)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __len__(self):
        return 2

    def __getitem__(self, index):
        return (self.x, self.y)[index]

    def __iter__(self):
        yield self.x
        yield self.y

    def __contains__(self, value):
        return value == self.x or value == self.y

    def __call__(self, factor):
        return self * factor


v, w = Vector(3, 4), Vector(1, -2)
print(v, repr(w), [v], f"{v} and {w!r}")
print(v + w, v - w, v * 2, 2 * v, v * w, v / 2, -v, abs(v))
print(sum([v, w, Vector(0, 1)]), sum([], Vector(0, 0)))
print(bool(v), bool(Vector(0, 0)), len(v), v[0], v[-1], list(v), 4 in v, 5 in v)
x, y = v
print(x, y, tuple(w), max(v), v(10))
print(v == Vector(3, 4), v != Vector(3, 4), v == (3, 4), v is Vector(3, 4))
print(sorted([Vector(5, 5), w, v, Vector(0, 1)]), min(v, w), Vector(1, 1) > Vector(0, 1))
visits = {Vector(0, 0): "origin", v: "v"}
visits[Vector(3, 4)] = "v again"
print(visits, len({v, Vector(3, 4), w}))
try:
    v + 1
except TypeError as error:
    print("TypeError:", error)
position = Vector(0, 0)
for step in [Vector(1, 0), Vector(0, 2), Vector(-3, 1)]:
    position += step
position *= 2
print(position, position == Vector(-4, 6))
