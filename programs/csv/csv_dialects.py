# csv dialects: the registry, Dialect objects and their validation messages, dialect classes, DictReader/DictWriter from Lib/csv.py over io.StringIO, dir() of _csv and its types
import csv
import io
import pickle
import _csv

print(sorted(csv.list_dialects()))
for name in ("excel", "excel-tab", "unix"):
    d = csv.get_dialect(name)
    print(name, type(d).__name__, repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()), csv.get_dialect("pipes").delimiter)
buf = io.StringIO()
csv.writer(buf, "pipes").writerow(["a", 1])
print(repr(buf.getvalue()))
csv.unregister_dialect("pipes")
for f in (lambda: csv.get_dialect("pipes"), lambda: csv.unregister_dialect("pipes"), lambda: csv.register_dialect(1)):
    try:
        f()
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)


def show(**kw):
    try:
        d = _csv.Dialect(**kw)
        print(repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), d.quoting, d.strict)
    except Exception as e:
        print(type(e).__name__, e)


show()
show(delimiter="ab")
show(delimiter="")
show(delimiter=1)
show(delimiter=None)
show(quotechar=None)
show(quotechar=None, quoting=csv.QUOTE_MINIMAL)
show(quotechar="")
show(escapechar=5)
show(escapechar="\\")
show(quoting=1.0)
show(quoting=9)
show(quoting=2**40)
show(lineterminator=None)
show(lineterminator=5)
show(strict=1, skipinitialspace=[])
show(foo=1)
try:
    _csv.Dialect(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
except TypeError as e:
    print(e)
try:
    _csv.Dialect("excel", dialect="excel")
except TypeError as e:
    print(e)

excel = csv.get_dialect("excel")
print(_csv.Dialect(excel) is excel, _csv.Dialect("excel") is excel, _csv.Dialect(excel, delimiter=";").delimiter)
try:
    pickle.dumps(excel)
except TypeError as e:
    print(e)
try:
    excel.delimiter = ";"
except AttributeError as e:
    print(e)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True


class NoDouble(Semi):
    doublequote = None


buf = io.StringIO()
csv.writer(buf, Semi).writerows([["it's", "a;b"], [1, 2]])
print(repr(buf.getvalue()))
print(list(csv.reader(io.StringIO(buf.getvalue()), Semi)))
try:
    csv.writer(io.StringIO(), NoDouble).writerow(["it's"])
except csv.Error as e:
    print("Error", e)


class Broken(csv.Dialect):
    delimiter = ";;"


try:
    Broken()
except csv.Error as e:
    print("Error", e)

data = "name,age,city\r\nAnn,31,Oslo\r\nBob,,Rome\r\nCy,40\r\nDee,22,Lima,extra\r\n"
for row in csv.DictReader(io.StringIO(data)):
    print(row)
rd = csv.DictReader(io.StringIO(data), restkey="more", restval="?")
print(rd.fieldnames, [r for r in rd][-2:], rd.line_num)

buf = io.StringIO()
w = csv.DictWriter(buf, fieldnames=["x", "y"], restval="-")
w.writeheader()
w.writerow({"x": 1})
w.writerows([{"x": "a,b", "y": None}, {"y": 2}])
print(repr(buf.getvalue()))
try:
    w.writerow({"z": 1})
except ValueError as e:
    print(e)
try:
    csv.DictWriter(buf, ["a"], extrasaction="bad")
except ValueError as e:
    print(e)

print([n for n in dir(_csv) if not n.startswith("__")])
print(dir(_csv.Dialect))
print(dir(_csv.Reader))
print(dir(_csv.Writer))
print(dir(_csv.Error))
print(_csv.Dialect.__module__, _csv.Reader.__module__, _csv.Error.__module__, _csv.__version__, _csv._dialects is csv._dialects if hasattr(csv, "_dialects") else None)
