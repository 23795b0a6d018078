# sys.stdout.detach(): the buffer goes on working, the wrapper raises "underlying buffer has been detached", and the flush at exit fails (exit status 120).
import sys

print("before", flush=True)
b = sys.stdout.detach()
print(repr(b), b.closed, file=sys.stderr)
print(repr(sys.stdout), file=sys.stderr)
b.write(b"through the detached buffer\n")
for f in (lambda: print("x"), sys.stdout.flush, sys.stdout.fileno, lambda: sys.stdout.closed, lambda: sys.stdout.encoding, lambda: sys.stdout.name, sys.stdout.detach):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e, file=sys.stderr)
print(sys.stdout.errors, sys.stdout.line_buffering, file=sys.stderr)
b.flush()
