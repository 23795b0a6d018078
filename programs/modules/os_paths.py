# os and os.path as programs use them without touching files: path
# joining and splitting, normalisation, constants, fspath and PathLike.
import os
import os.path

print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.altsep)
print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y", "z"))
print(os.path.split("/usr/lib/python3.11/os.py"), os.path.splitext("archive.tar.gz"))
print(os.path.basename("/a/b/c"), os.path.dirname("/a/b/c"), os.path.isabs("/a"), os.path.isabs("a"))
print(os.path.normpath("/a//b/./c/../d"), os.path.normpath("a/../../b"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.commonpath(["/usr/lib/x", "/usr/local/y"]), os.path.relpath("/a/b/c", "/a"))
print(os.path.expanduser("no_tilde"), os.path.splitdrive("/a/b"), os.path.normcase("AbC"))
print(os.fspath("p"), os.fspath(b"p"))


class P:
    def __fspath__(self):
        return "/from/fspath"


print(os.fspath(P()), os.path.join(P(), "x"), issubclass(P, os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
print(os.path is os.path, "path" in dir(os), os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.environ.get("REFPY_SURELY_UNSET", "default"), "REFPY_SURELY_UNSET" in os.environ)
print(type(os.stat_result).__name__, os.strerror(2))
