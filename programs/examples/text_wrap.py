# Greedy text wrapping and justification by hand, using split, join,
# ljust/rjust/center and divmod to spread spaces.

TEXT = ("Reference counting frees an object the moment its last reference "
        "disappears, which makes destructor timing predictable; the cycle "
        "collector exists only for the objects that refer to each other.")


def wrap(text, width):
    lines, current = [], []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(current)
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines


def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    each, extra = divmod(spaces, gaps)
    out = ""
    for i, word in enumerate(words[:-1]):
        out += word + " " * (each + (1 if i < extra else 0))
    return out + words[-1]


for width in (30, 45):
    print("+" + "-" * width + "+")
    wrapped = wrap(TEXT, width)
    for i, words in enumerate(wrapped):
        last = i == len(wrapped) - 1
        line = " ".join(words).ljust(width) if last else justify(words, width)
        print("|" + line + "|")
    print("+" + "-" * width + "+")

for align in ("ljust", "rjust", "center"):
    print(f"[{getattr('memory', align)(14, '.')}]")
print("[" + "heap".center(11, "*") + "]", "[" + "heap".center(10) + "]")
print(f"[{'left':<10}] [{'right':>10}] [{'mid':^9}] [{'fill':*^12}]")
longest = max(TEXT.split(), key=len)
print("longest word:", longest, len(longest))
print(TEXT.count("the"), TEXT.find("cycle"), TEXT.rfind("the"), TEXT.find("python"))
