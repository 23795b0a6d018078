# Run-length encoding of strings and lists: encode to (char, count) pairs
# and to compact text like "4a3b", decode back, and check round trips.


def encode_pairs(data):
    pairs = []
    for item in data:
        if pairs and pairs[-1][0] == item:
            pairs[-1][1] += 1
        else:
            pairs.append([item, 1])
    return [tuple(p) for p in pairs]


def encode_text(text):
    return "".join(f"{count}{ch}" if count > 1 else ch for ch, count in encode_pairs(text))


def decode_text(encoded):
    out, digits = [], ""
    for ch in encoded:
        if ch.isdigit():
            digits += ch
        else:
            out.append(ch * int(digits or "1"))
            digits = ""
    if digits:
        raise ValueError(f"dangling count {digits!r} at end of {encoded!r}")
    return "".join(out)


samples = ["aaaabbbcca", "abc", "", "zzzzzzzzzzzz", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW"]
for s in samples:
    encoded = encode_text(s)
    ratio = len(encoded) / len(s) if s else 0
    print(f"{s[:20]!r:<24} -> {encoded!r:<22} {ratio:5.0%} round trip: {decode_text(encoded) == s}")
print(encode_pairs([1, 1, 2, 3, 3, 3, None, None]))
print(encode_pairs("mississippi"))
print(decode_text("3x2yz10-"))
try:
    decode_text("ab12")
except ValueError as error:
    print("ValueError:", error)

image = [
    "....##....",
    "...####...",
    "..######..",
    "....##....",
]
compressed = [encode_pairs(row) for row in image]
for row in compressed:
    print(" ".join(f"{n}{c}" for c, n in row))
restored = ["".join(c * n for c, n in row) for row in compressed]
print(restored == image, sum(len(r) for r in compressed), "runs for", sum(len(r) for r in image), "pixels")
longest = max(encode_pairs("aabbbbbcccdddddddde"), key=lambda pair: pair[1])
print("longest run:", longest)
