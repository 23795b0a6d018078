# A lone surrogate written to sys.stdout (errors='strict') raises UnicodeEncodeError and writes nothing of that call; stderr's backslashreplace prints it escaped.
import sys

print("before")
sys.stderr.write("stderr: \ud800 escaped\n")
try:
    print("in a print \ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end, e.reason)
sys.stdout.write("\udc80 uncaught")
