# pathlib's pure paths (POSIX and Windows flavours): parsing, parts, joining, suffixes, relative_to, match, comparisons, URIs; concrete Path lookups that find nothing
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath, PosixPath

p = PurePosixPath("/usr/local/lib/python3.11/site.py")
print(p, repr(p), p.parts, p.parent, p.name, p.stem, p.suffix, p.suffixes, p.anchor, p.root, p.drive)
print(p.with_suffix(".txt"), p.with_name("x.tar.gz").suffixes, p.with_stem("other"), p.relative_to("/usr"))
print(p.is_absolute(), p.as_uri(), p.as_posix(), str(p), bytes(p), p.is_relative_to("/usr"), p.is_relative_to("/etc"))
print(p.match("*.py"), p.match("lib/*/*.py"), p.match("/*.py"), list(p.parents), p.parents[1], p.parents[-1])
print(p / "a" / "b", "x" / PurePosixPath("y"), PurePosixPath("a", "b/c", "/d", "e"), PurePosixPath("a//b/./c/"))
print(PurePosixPath("//host/share"), PurePosixPath("///x"), PurePosixPath(), PurePosixPath("."), PurePosixPath(".."))
print(PurePosixPath("a").joinpath("b", "c"), PurePosixPath("/a/b").relative_to("/a"), PurePosixPath("a/b").is_reserved())
print(PurePosixPath("a") < PurePosixPath("b"), PurePosixPath("A") == PurePosixPath("a"), sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")), PurePath("x/y"), type(PurePath("x")).__name__)
w = PureWindowsPath("C:\\Users\\me\\file.TXT")
print(w, repr(w), w.drive, w.root, w.anchor, w.parts, w.as_posix(), w.as_uri(), w.suffix, w.stem, w.parent)
print(w == PureWindowsPath("c:/users/ME/file.txt"), w.match("*.txt"), PureWindowsPath("//server/share/dir/f"), PureWindowsPath("//server/share/dir/f").anchor)
print(PureWindowsPath("c:", "d:x"), PureWindowsPath("c:/a", "/b"), PureWindowsPath("NUL").is_reserved(), PureWindowsPath("a/b").is_absolute())
print(PureWindowsPath("C:/a/b").relative_to("c:/A"), PureWindowsPath("d:rel").anchor, PureWindowsPath("x") / "y")
for bad in (lambda: p.relative_to("/etc"), lambda: PurePosixPath("a").with_suffix("txt"), lambda: PurePosixPath("/").with_name("x"),
            lambda: PurePosixPath("a") < PureWindowsPath("a"), lambda: PurePosixPath(1), lambda: p.parents[99],
            lambda: PurePosixPath("x").with_name(""), lambda: PurePosixPath("a").match("")):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(Path("/"), type(Path("/")).__name__, Path("/nope").exists(), Path("/nope").is_file(), Path("/nope").is_dir())
try:
    Path("/nope").stat()
except FileNotFoundError as e:
    print("FileNotFoundError", e)
print(Path("a") == PosixPath("a"), Path("a/b").parts, Path("/x/y").name)
