# -*- coding: latin-1 -*-
# A PEP 263 coding cookie on line 1: the file is Latin-1, its bytes decode to the same text in strings, comments and tracebacks.
s = "café © µ"
print(s, len(s), [hex(ord(c))[2:] for c in s])
été = 3  # a name with é
print(été * 2)
raise ValueError("naïve " + s)
