# sys.stdin/stdout/stderr are TextIOWrappers over BufferedReader/BufferedWriter over FileIO, as CPython's create_stdio makes them for pipes: names, modes, attributes, abilities, reprs, sizes and refcounts.
import io
import sys

for s in (sys.stdin, sys.stdout, sys.stderr):
    b = s.buffer
    r = b.raw
    print(repr(s), repr(b), repr(r))
    print(type(s).__name__, type(b).__name__, type(r).__name__)
    print(s.name, s.mode, b.name, b.mode, r.name, r.mode, r.closefd, r._blksize)
    print(s.__dict__, r.__dict__)
    print(s.encoding, s.errors, s.line_buffering, s.write_through, s.newlines, s._CHUNK_SIZE)
    print(s.fileno(), b.fileno(), r.fileno(), s.isatty(), b.isatty(), r.isatty())
    print(s.readable(), s.writable(), s.seekable(), b.readable(), b.writable(), b.seekable())
    print(r.readable(), r.writable(), r.seekable())
    print(s.closed, b.closed, r.closed, s._finalizing, b._finalizing, r._finalizing)
    print(isinstance(s, io.TextIOBase), isinstance(b, io.BufferedIOBase), isinstance(r, io.RawIOBase))
    print(sys.getsizeof(s), sys.getsizeof(b), sys.getsizeof(r))
    print(sys.getrefcount(b), sys.getrefcount(r))
    print(s.buffer is b, b.raw is r, s.encoding is s.encoding)
    del b, r

print(sys.stdout is sys.__stdout__, sys.stdin is sys.__stdin__, sys.stderr is sys.__stderr__)
print(type(sys.stdout).__mro__)
print(type(sys.stdout.buffer).__mro__)
print(type(sys.stdin.buffer).__mro__)
print(type(sys.stdout.buffer.raw).__mro__)
print(sorted(set(dir(sys.stdout)) - set(dir(io.TextIOBase))))
print(sorted(set(dir(sys.stdout.buffer)) - set(dir(io.BufferedIOBase))))
print(sorted(set(dir(sys.stdin.buffer)) - set(dir(io.BufferedIOBase))))
print(sorted(set(dir(sys.stdout.buffer.raw)) - set(dir(io.RawIOBase))))
print("to stderr", file=sys.stderr)
sys.stderr.write("written to stderr\n")
print(sys.stdout.write("written\n"), sys.stderr.write("é\n"))
