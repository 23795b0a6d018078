name = "x"
v = 3.14159
print(f"hello {name}")
print(f"{v:.2f} and {name!r} and {v!s:>10}")
print(f"{name}")
print(f"plain")
