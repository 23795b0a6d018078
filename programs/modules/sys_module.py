# The sys module: argv, stdout.write, stderr, the recursion limit,
# maxsize and getsizeof; it ends with sys.exit(2) for a missing argument.
import sys

print("program:", sys.argv[0], "| argument count:", len(sys.argv))
print("arguments after the program name:", sys.argv[1:])
verbose = "--verbose" in sys.argv
files = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
print("verbose:", verbose, "files:", files)

written = sys.stdout.write("written with sys.stdout.write\n")
print("write returned", written)
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
print("this goes to stderr", file=sys.stderr)
sys.stderr.write("so does this\n")

print("recursion limit:", sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print("raised to:", sys.getrecursionlimit())
print("maxsize:", sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print("byteorder:", sys.byteorder, "| version:", sys.version_info[0], sys.version_info[1])

print("getsizeof, in bytes:")
for label, value in [("empty list", []), ("list of 3", [1, 2, 3]), ("empty dict", {}),
                     ("empty tuple", ()), ("tuple of 2", (1, 2)), ("int 1", 1), ("int 2**100", 2 ** 100),
                     ("float", 1.5), ("str 'abc'", "abc"), ("empty str", ""), ("None", None), ("True", True)]:
    print(f"  {label:<12} {sys.getsizeof(value)}")
grow = []
sizes = []
for i in range(20):
    size = sys.getsizeof(grow)
    if not sizes or sizes[-1] != size:
        sizes.append(size)
    grow.append(i)
print("a growing list resizes through:", sizes)


def main(args):
    if "--help" in args or not args:
        print("usage: sys_module.py [--verbose] FILE...")
        return 2
    for name in files:
        print(f"cannot open {name}: this program has no file access")
    return 1 if files else 0


status = main(sys.argv[1:])
print("exiting with", status)
sys.exit(status)
