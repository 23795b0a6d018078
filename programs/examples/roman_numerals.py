# Roman numerals both ways, validated by a round trip over 1..3999;
# tuples of pairs, zip, assert, and ValueError for bad input.

PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range (1..3999)")
    out = []
    for value, letters in PAIRS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def from_roman(text):
    text = text.upper()
    if not text or any(ch not in VALUES for ch in text):
        raise ValueError(f"not a roman numeral: {text!r}")
    total = 0
    for current, following in zip(text, text[1:] + " "):
        value = VALUES[current]
        if following != " " and VALUES[following] > value:
            total -= value
        else:
            total += value
    if to_roman(total) != text:
        raise ValueError(f"non-canonical numeral: {text!r}")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    print(f"{n:>5} -> {to_roman(n)}")
for text in ["MCMXC", "mmxxiv", "XLII", "IIII", "VX", "ABC", ""]:
    try:
        print(f"{text!r} -> {from_roman(text)}")
    except ValueError as error:
        print("ValueError:", error)
for n in range(1, 4000):
    assert from_roman(to_roman(n)) == n, n
print("round trip ok for 1..3999")
longest = max(range(1, 4000), key=lambda n: len(to_roman(n)))
print("longest:", longest, to_roman(longest), len(to_roman(longest)))
try:
    to_roman(0)
except ValueError as error:
    print("ValueError:", error)
