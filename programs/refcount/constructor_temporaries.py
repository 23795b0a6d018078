# Temporaries a constructor or round() gets from __float__, __index__ or
# parsing are released: a subclass instance keeps only the value, so the
# run ends with nothing alive (the leak check) and prints what CPython does.
import math

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n * 1000 // 1000 + 10**20 - 10**20

class Flt:
    def __float__(self):
        return 1.25 * 3

class F(float):
    pass

class I(int):
    pass

print(math.sqrt(Flt()))
print(F("2.5"), F(7), type(F("2.5")).__name__)
print(I("42"), I(3.9), type(I("42")).__name__)
print(int("101", Idx(2)), round(2.675, Idx(2)), round(12345, Idx(-2)))
print(F.fromhex("0x1.8p1"), type(F.fromhex("0x1.8p1")).__name__)
print(float.__round__(2.5, Idx(0)))
