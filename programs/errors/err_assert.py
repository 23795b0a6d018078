# Ends with an uncaught AssertionError carrying a message, raised by an
# invariant check in a class method.


class Temperature:
    def __init__(self, kelvin):
        assert kelvin >= 0, f"below absolute zero: {kelvin}"
        self.kelvin = kelvin

    @classmethod
    def from_celsius(cls, celsius):
        return cls(celsius + 273.15)

    def __repr__(self):
        return f"Temperature({self.kelvin:.2f} K)"


print(Temperature.from_celsius(21.5))
try:
    assert 1 + 1 == 3
except AssertionError as error:
    print("bare assert:", repr(error))
readings = [20, -40, -300]
for celsius in readings:
    print(Temperature.from_celsius(celsius))
