# Caesar and Vigenere ciphers with chr/ord arithmetic, plus breaking the
# Caesar cipher by letter frequency.


def shift_char(ch, k):
    if ch.isupper():
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    if ch.islower():
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    return ch


def caesar(text, k):
    return "".join(shift_char(ch, k) for ch in text)


def vigenere(text, key, decrypt=False):
    out, i = [], 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[i % len(key)].lower()) - ord("a")
            out.append(shift_char(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


def crack(ciphertext):
    """Assume the most common letter is 'e'."""
    counts = [0] * 26
    for ch in ciphertext.lower():
        if "a" <= ch <= "z":
            counts[ord(ch) - ord("a")] += 1
    common = counts.index(max(counts))
    return (common - (ord("e") - ord("a"))) % 26


message = "Meet me near the old tree at seven, bring the decoder!"
secret = caesar(message, 3)
print(secret)
print(caesar(secret, -3))
print(caesar("xyz XYZ abc", 3), caesar("Hello", 26) == "Hello", caesar("Hello", -1))
print("rot13 twice:", caesar(caesar(message, 13), 13) == message)
key = crack(caesar(message, 11))
print("cracked key:", key, "->", caesar(caesar(message, 11), -key))
v = vigenere("Attack at dawn!", "LEMON")
print(v, "|", vigenere(v, "LEMON", decrypt=True))
print([ord(c) for c in "AZaz09 "], "".join(chr(n) for n in [72, 101, 97, 112]))
print(chr(0x263A), ord("\u00e9"), "\u03bb", len("na\u00efve"))
print(sorted(set(caesar("abcdefghijklmnopqrstuvwxyz", 5))) == list("abcdefghijklmnopqrstuvwxyz"))
