# errno: the error numbers by name and errno.errorcode mapping them back, in CPython's order (aliases name a number last)
import errno
import os

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95])
print(len(errno.errorcode), list(errno.errorcode.items())[:12])
print([n for n in dir(errno) if n.startswith("E")][:20])
print(sorted(errno.errorcode) == sorted(set(getattr(errno, n) for n in dir(errno) if n.startswith("E"))))
print(os.strerror(errno.ENOENT), errno.__doc__.splitlines()[0])
try:
    os.stat("/missing")
except OSError as e:
    print(e.errno == errno.ENOENT, errno.errorcode[e.errno], type(e).__name__)
