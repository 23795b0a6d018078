# String formatting: f-string format specs (width, alignment, fill, sign,
# precision, thousands, percent, bases), nested specs, !r/!s, str.format.

rows = [
    ("widget", 4, 3.5),
    ("gadget", 12, 12.125),
    ("doohickey", 1500, 0.05),
    ("thingamajig", 3, 1234.5),
]

name_width = max(len(name) for name, _, _ in rows)
header = f"{'item':<{name_width}} | {'qty':>6} | {'price':>9} | {'total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<{name_width}} | {qty:>6,} | {price:>9.2f} | {total:>12,.2f}")
print("=" * len(header))
print(f"{'grand total':<{name_width}} | {'':>6} | {'':>9} | {grand:>12,.2f}")

n = 1234567.891
print(f"[{n}] [{n:.1f}] [{n:,.3f}] [{n:e}] [{n:.3e}] [{n:g}] [{n:15.2f}] [{n:<15.0f}]")
print(f"[{42:5d}] [{42:<5d}] [{42:^5d}] [{42:05d}] [{-42:05d}] [{42:+d}] [{-42:+d}] [{42: d}]")
print(f"[{255:b}] [{255:o}] [{255:x}] [{255:X}] [{255:#X}] [{255:#o}] [{255:#b}] [{255:08b}]")
print(f"[{0.256:.1%}] [{1/3:.4f}] [{2/3:.0%}] [{1e-7:f}] [{123456789:_}] [{10**12:,}]")
print(f"[{'abc':*^9}] [{'abc':->7}] [{'abc':.2}] [{'abcdef':>8.3}] [{3.14159:=+10.3f}]")
value = "it's"
print(f"{value!r} {value!s} {value} {[1, 'two']!r} {None!r}")
for width in range(3, 8, 2):
    print(f"|{'x':{width}}|{7:{width}}|{'y':>{width}}|{1.5:^{width}.1f}|")
precision = 3
print(f"{3.14159265:.{precision}f} {2.71828:{10}.{precision + 1}f}")
print("{} + {} = {}".format(2, 3, 2 + 3))
print("{0}{1}{0}".format("ab", "cd"), "{name} is {age}".format(name="Ada", age=36))
print("{:>10}|{:<6.2f}|{:^7}".format("right", 2.5, "mid"))
print("{0[0]} {1[key]}".format(["first"], {"key": "value"}))
print(f"{{literal braces}} {'{}'}")
print(f"{'multi' + 'ple':>12}" f" and {'joined'}")
print(f"{True} {False:d} {True + True} {97:c}{ord('A') + 1:c}")
