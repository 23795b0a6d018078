# sys.stdout.reconfigure: errors='replace' and others change later writes, a new encoding resets errors to strict, line_buffering, newline translation, and what cannot be changed.
import sys

print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering)
sys.stdout.reconfigure(errors="replace")
print("lone \udc80 surrogate", sys.stdout.errors)
sys.stdout.reconfigure(errors="backslashreplace")
print("lone \udc80 surrogate", sys.stdout.errors)
sys.stdout.reconfigure(errors="surrogateescape")
print("escaped \udcff byte", sys.stdout.errors)
sys.stdout.reconfigure(encoding="ascii", errors="xmlcharrefreplace")
print("caf\u00e9 \u20ac", sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(encoding="latin-1")
print("caf\u00e9", sys.stdout.encoding, sys.stdout.errors)
try:
    print("\u20ac")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
sys.stdout.reconfigure(encoding="utf-8")
sys.stdout.reconfigure(line_buffering=True, write_through=True)
print(sys.stdout.line_buffering, sys.stdout.write_through)
sys.stdout.reconfigure(newline="\r\n")
print("crlf line")
sys.stdout.reconfigure(newline=None)
for kwargs in ({"newline": "x"}, {"encoding": "no-such-codec"}, {"encoding": 5}, {"errors": 5}, {"newline": 1}):
    try:
        sys.stdout.reconfigure(**kwargs)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.stdout.reconfigure("utf-8")
except TypeError as e:
    print("TypeError:", e)
sys.stderr.reconfigure(errors="strict")
try:
    sys.stderr.write("\udc80\n")
except UnicodeEncodeError as e:
    print("stderr:", e)
sys.stdin.reconfigure(encoding="latin-1")
print(sys.stdin.encoding, repr(sys.stdin.read()))
print(sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering, sys.stdout.write_through)
