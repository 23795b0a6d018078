# A program file that starts with a UTF-8 byte-order mark runs; the mark is not part of the source.
import sys
print("café", len("café"))
print(open.__name__ if False else "ok")
