# A file with bytes that are not UTF-8 and no coding cookie: CPython's SyntaxError names the first bad byte and its line.
print("before")
x = "ÿþ"
