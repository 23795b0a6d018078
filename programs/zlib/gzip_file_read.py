# reading a gzip.GzipFile over io.BytesIO: read, readline, iteration and multi-member streams, through io.BufferedReader over gzip's raw reader
import gzip
import io

data = b"".join(b"line %d\n" % i for i in range(500))
raw = gzip.compress(data, mtime=0)
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(f.readline(), f.read(10), f.peek(1)[:1])
    rest = f.read()
    print(len(rest), data.endswith(rest))
with gzip.GzipFile(fileobj=io.BytesIO(raw)) as f:
    print(sum(1 for _ in f))
two = gzip.compress(b"one ", mtime=0) + gzip.compress(b"two", mtime=0)
with gzip.GzipFile(fileobj=io.BytesIO(two)) as f:
    print(f.read(2), f.read())
