# The builtins CPython's site module adds (help, copyright, credits, license, exit, quit): their types and reprs, license() paging through the licence text with input(), and exit(code) closing sys.stdin before raising SystemExit.
import sys
import builtins

for name in ("help", "copyright", "credits", "license", "exit", "quit"):
    o = getattr(builtins, name)
    print(name, type(o).__module__, type(o).__qualname__)
    print(repr(o))
print(str(exit), exit.name, exit.eof)
copyright()
credits()
license()
print(sys.stdin.closed)
try:
    quit()
except SystemExit as e:
    print("quit:", repr(e.code), sys.stdin.closed)
try:
    exit("message")
except SystemExit as e:
    print("exit:", repr(e.code))
print(callable(help), callable(license))
exit(3)
