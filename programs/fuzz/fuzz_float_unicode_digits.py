# float() of a str in another script's decimal digits: CPython 3.11 reads them as ASCII digits (_PyUnicode_TransformDecimalAndSpaceToASCII) (found by test/fuzz).
print(float("١٢"))
print(float(" ١٢.٥ "))
print(int("١٢"))
