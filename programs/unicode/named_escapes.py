# \N{NAME} escapes in str literals, f-strings and the unicode_escape codec: names, aliases, case, the errors for unknown and malformed names, namereplace
import codecs

print(ascii("\N{LATIN SMALL LETTER A}\N{latin small letter e with acute}\N{EURO SIGN}"))
print(ascii("\N{NUL}\N{LINE FEED}\N{BYTE ORDER MARK}\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-20000}"))
print(ascii("x\N{GRINNING FACE}y"), len("\N{GRINNING FACE}"))
print(ascii(f"{1 + 1}\N{BULLET}{'z'}\N{EM DASH}"), ascii(f"\N{DIGIT ONE}{{}}"))
print(ascii(r"\N{NUL}"), ascii(b"\N{NUL}"), ascii(rf"\N{{x}}"))
print(ascii("""\N{LATIN CAPITAL LETTER GHA}
\N{VS1}"""))

sources = [
    '"\\N{FOO}"',
    '"\u00e9\\N{FOO}"',
    '"\\N{LATIN SMALL LETTER \u00c9}"',
    '"ab\\N"',
    '"ab\\N{"',
    '"\\N{}"',
    '"\\Nx"',
    'f"{1}\\N{FOO}"',
    '"\\N{LATIN SMALL LETTER A"',
    '"\\N{KEYCAP NUMBER SIGN}"',
    '"\\N{HANGUL SYLLABLE gag}"',
    "'\u00e9\\x4'",
    "'\\U00110000'",
]
for src in sources:
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", ascii(e.msg))

for data in [b"\\N{LATIN SMALL LETTER B}c", b"\\N{line feed}", b"\\N{VS256}", b"\\N{FOO}", b"\\N{", b"\\N", b"\\Nx",
             b"\\N{}", b"\\N{KEYCAP NUMBER SIGN}"]:
    for errors in ("strict", "replace", "backslashreplace"):
        try:
            print(ascii(codecs.decode(data, "unicode_escape", errors)))
        except UnicodeDecodeError as e:
            print("UnicodeDecodeError", e)
dec = codecs.getincrementaldecoder("unicode_escape")()
print([ascii(dec.decode(b)) for b in [b"a\\N{LATIN SMALL", b" LETTER B}", b"\\N", b"{BULLET", b"}"]])
print(ascii("\xe9\u20ac\U0001f600\U000e0080\ud800".encode("ascii", "namereplace")))
print("caf\xe9 \u2603".encode("latin-1", "namereplace"))
