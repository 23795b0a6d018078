# Class vs instance attributes (and a class-level list shared by mistake),
# @staticmethod, @classmethod constructors, @property with setter and
# deleter, __str__ vs __repr__, and super() through three levels.


class Temperature:
    unit = "C"
    instances = 0

    def __init__(self, celsius=0.0):
        self.celsius = celsius
        Temperature.instances += 1

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("  resetting temperature")
        self._celsius = 0.0

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0

    def __str__(self):
        return f"{self.celsius:.1f}°{self.unit}"

    def __repr__(self):
        return f"Temperature({self.celsius!r})"


t = Temperature(21.5)
print(t, repr(t), str(t), t.fahrenheit, f"{t}", [t])
boiling = Temperature.from_fahrenheit(212)
print(boiling, Temperature.is_freezing(-1), t.is_freezing(t.celsius), Temperature.instances)
t.celsius = -40
print(t.fahrenheit, t.celsius == t.fahrenheit)
try:
    t.celsius = -300
except ValueError as error:
    print("ValueError:", error)
try:
    t.fahrenheit = 0
except AttributeError as error:
    print("AttributeError:", error)
del t.celsius
print(t)
t.unit = "K?"
print(t.unit, Temperature.unit, boiling.unit, "(instance attribute shadows the class one)")


class Basket:
    shared = []

    def __init__(self, owner):
        self.owner = owner
        self.own = []

    def add(self, item):
        self.shared.append(item)
        self.own.append(item)


b1, b2 = Basket("ann"), Basket("bob")
b1.add("apple")
b2.add("pear")
print(b1.own, b2.own, b1.shared, b1.shared is b2.shared)


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} the {type(self).__name__.lower()} says {self.speak()}"


class Dog(Animal):
    def speak(self):
        return "woof"


class Puppy(Dog):
    def __init__(self, name, age_weeks):
        super().__init__(name)
        self.age_weeks = age_weeks

    def speak(self):
        return super().speak() + " (squeaky)"


for pet in [Animal("generic"), Dog("rex"), Puppy("bit", 9)]:
    print(pet.describe())
print(isinstance(Puppy("x", 1), Animal), Puppy.speak is Dog.speak, Dog.speak is Animal.speak)
print(Puppy.__name__, issubclass(Puppy, Dog), hasattr(Puppy("y", 2), "age_weeks"))
