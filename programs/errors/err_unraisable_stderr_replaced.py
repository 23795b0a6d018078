# The unraisable hook writes its report to whatever sys.stderr is: an
# io.StringIO, an object with its own write() (called once per piece, as
# 3.11's write_unraisable_exc_file writes them) and flush(), and one without
# flush(), whose AttributeError makes the hook fail: the default hook then
# reports that failure itself ("Exception ignored in sys.unraisablehook").
import io
import sys


class K:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        raise ValueError("from " + self.name)


class Pieces:
    def __init__(self):
        self.pieces = []
        self.flushes = 0

    def write(self, s):
        self.pieces.append(s)
        return len(s)

    def flush(self):
        self.flushes += 1


class NoFlush:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)
        return len(s)


real = sys.stderr
sys.stderr = buf = io.StringIO()
k = K("stringio")
del k
sys.stderr = real
print("StringIO got:", repr(buf.getvalue()))

sys.stderr = p = Pieces()
k = K("pieces")
del k
sys.stderr = real
print("pieces:", len(p.pieces), "flushes:", p.flushes)
for piece in p.pieces:
    print("  ", repr(piece))

sys.stderr = n = NoFlush()
k = K("noflush")
del k
sys.stderr = real
print("without flush():", "".join(n.text).count("Exception ignored"), "reports")
print("".join(n.text))
