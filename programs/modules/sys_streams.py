# The standard streams as a program sees them when its output is piped: isatty() is False on each, fileno() their descriptors, write() returns the count of characters, flush() returns None, and print(file=) goes to the stream named
import sys

print(sys.stdout.isatty(), sys.stderr.isatty(), sys.stdin.isatty())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
n = sys.stdout.write("héllo\n")
print(n, sys.stdout.flush())
print("to stderr", file=sys.stderr)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
