# non-ASCII identifiers as CPython 3.11.7's tokenizer reads them: NFKC-normalized names, Unicode 14.0.0's XID classes, errors for characters 14.0.0 lacks or does not allow
ﬁle = 1
print(file, "ﬁle" in globals(), "file" in globals())
ℌ = 2
print(H)
café = "é"
print(café, "cafe\u0301" == "café")
for src in ["\U00011f04 = 1", "a\U0001e4d0 = 1", "\u0cf3x = 1", "x\u2e2f = 1", "€ = 1", "a\u00a0b = 1", "\u200bx = 1",
            "x² = 3", "ᢅ = 5", "℘ = 6", "x· = 7", "·x = 8", "\U0001e030 = 9"]:
    try:
        ns = {}
        exec(src, ns)
        print(ascii(src), "ok", ascii(sorted(k for k in ns if k != "__builtins__")))
    except SyntaxError as e:
        print(ascii(src), "SyntaxError", ascii(e.msg))
