# csv.writer into io.StringIO and a list's append: quoting modes, escapechar, doublequote, lineterminator, None and numbers, the empty-field record, errors as CPython's
import csv
import io


def write(rows, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    try:
        for row in rows:
            w.writerow(row)
    except Exception as e:
        print(type(e).__name__, e)
    print(repr(buf.getvalue()))


rows = [["a", "b c", "d,e", 'f"g', "h\ni", "", None, 1, 2.5, -3, True]]
write(rows)
write(rows, quoting=csv.QUOTE_ALL)
write(rows, quoting=csv.QUOTE_NONNUMERIC)
write(rows, quoting=csv.QUOTE_NONE)
write(rows, quoting=csv.QUOTE_NONE, escapechar="\\")
write([["a\\b", 'q"q', "x,y"]], escapechar="\\")
write([['q"q']], doublequote=False)
write([['q"q']], doublequote=False, escapechar="\\")
write([["a", "b"]], lineterminator="\n")
write([["a;b", "c"]], delimiter=";", lineterminator="|")
write([["a", "b|c"]], lineterminator="|")
write([[""]])
write([[None]])
write([[""]], quoting=csv.QUOTE_NONE)
write([[]])
write([["x"], [], ["y"]])
write([[" lead", "trail "]])
write([["é", "😀", "中,文"]])
write(["abc"])
write([5])
write([[object()]])
write([[1.0, 1e20, 0.1, float("inf")]])

out = []
w = csv.writer(type("Sink", (), {"write": out.append})())
print(w.writerow(["a", 1]), w.writerows([["b", 2], ("c", 3)]), out)


class Weird:
    def __str__(self):
        return "weird, value"


w = csv.writer(io.StringIO())
w.writerow([Weird()])
print(repr(w.dialect.lineterminator), w.dialect.doublequote, w.dialect.escapechar)


class Boom:
    def __str__(self):
        raise ValueError("no str")


try:
    w.writerow(["ok", Boom()])
except ValueError as e:
    print("ValueError", e)

for bad in (1, None, object()):
    try:
        csv.writer(bad)
    except TypeError as e:
        print(e)
try:
    csv.writer()
except TypeError as e:
    print(repr(str(e)))
try:
    csv.writer(io.StringIO(), "excel", 3)
except TypeError as e:
    print(repr(str(e)))
try:
    csv.writer(io.StringIO(), "nosuch")
except csv.Error as e:
    print("Error", e)
