# posix._path_normpath, the native half of posixpath.normpath (3.11):
# separators, '.', '..' at and below the root, two leading slashes kept.
import os
import posix
import posixpath

cases = ["", ".", "/", "//", "///", "//a//b", "a/./b/../c/", "../..", "a/../..", "/../a", "./", "a//b///c",
         "/a/b/../../..", "x/..", "a/.", "./.", ".//", "././a", "./a/..", "../", "/./", "//.", "//..", "/..",
         "a/b/..", "./..", ".a/.b", "...", "a/...", "\x00"]
for p in cases:
    print(repr(p), repr(posix._path_normpath(p)), repr(posixpath.normpath(p)))
print(posixpath.normpath(b"/x/../y//z/"), os.path.normpath("a/b/../c"), posix._path_normpath(path="a//b"))
for bad in [b"a", 1, None]:
    try:
        posix._path_normpath(bad)
    except TypeError as e:
        print(e)
