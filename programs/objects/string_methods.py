# A tour of str methods on realistic data: parsing a log line, cleaning
# user input, and building output with join, format, zfill and center.

line = "  2024-03-15 12:30:01 WARNING  heap limit at 91% (pid=4312)  \n"
clean = line.strip()
print(repr(clean), len(line), len(clean))
date, time_, level, *message = clean.split()
print(date, time_, level, message)
print(date.split("-"), date.replace("-", "/"), time_.split(":", 1), clean.rsplit(" ", 2)[-2:])
print(clean.startswith("2024"), clean.endswith(")"), clean.startswith(("ERROR", "2024")), level.lower())
print(clean.find("heap"), clean.find("gc"), clean.index("pid"), clean.rfind("i"), clean.count("1"))
print(clean.partition(" WARNING "), clean.rpartition("="))
print(level.upper(), level.title(), "heap LIMIT".swapcase(), "memory management".capitalize())
print("Heap Limit".title(), "hello world".title(), "ÄrGeR".lower(), "straße".upper())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "12.5".isdigit(), " \t".isspace(), "ABC".isupper(), "abc".islower())
print("42".zfill(5), "-42".zfill(5), "7".rjust(3, "0"), "ok".center(8, "-"), "x".ljust(4, ".") + "|")
print("  both  ".strip(), "xxhixx".strip("x"), "  left".lstrip(), "right  ".rstrip() + "|", "www.example.com".removeprefix("www."))
print(", ".join(["a", "b", "c"]), "".join(reversed("stressed")), "-".join("abc"), " ".join(str(n) for n in range(3)))
print("a,b,,c".split(","), "a b  c".split(), "a b  c".split(" "), "one\ntwo\n\nthree".splitlines(), "x".split(","))
print("Hello, {}! You have {} new {}.".format("Ada", 3, "messages"), "{:>6}|{:<6}|".format("r", "l"))
template = "{name} used {used:,} of {total:,} bytes ({pct:.1%})"
print(template.format(name="worker", used=123456, total=1048576, pct=123456 / 1048576))
print("tab\there", "new\\nline", 'quote "inside"', "it's", 'it\'s', "\x41\u0042\101", r"raw\n", len("\n"))
print("""triple
quoted""", '''single
triple''')
print("ab" * 3, "abc" < "abd", "a" + "b" + "c", "abc"[1], "abc" == "ab" + "c", len("é"))
print("hello world".replace("o", "0", 1), "aaa".replace("a", "b"), "mississippi".count("ss"), "mississippi".split("ss"))
print(str(3.0), str([1, "a"]), repr("a\nb"), repr('say "x"'), repr("it's"), ascii("ñ"), str(None))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(set(words)) == sorted(dict.fromkeys(words)), max(words, key=len), [w[0].upper() + w[1:] for w in words[:3]])
print("".join(ch for ch in "H-e-l-l-o" if ch.isalpha()), "heap".startswith("he", 0, 2), "%".join(["50", "50"]))
print("expandtabs:", "a\tb".expandtabs(4), "casefold:", "Straße".casefold(), "isidentifier:", "x_1".isidentifier())
