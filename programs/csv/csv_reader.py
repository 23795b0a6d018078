# csv.reader over lists of strings and io.StringIO: quoting, escapes, doublequote, skipinitialspace, multi-line fields, QUOTE_NONNUMERIC, strict mode and csv.Error with line numbers, field_size_limit
import csv
import io


def show(lines, **kw):
    r = csv.reader(lines, **kw)
    try:
        for row in r:
            print(r.line_num, row)
    except csv.Error as e:
        print("Error at line", r.line_num, "-", e)
    except Exception as e:
        print(type(e).__name__, e)


show(["a,b,c", "1,2,3", "", "x,,z", ","])
show(['"quoted, with comma",plain', '"say ""hi""",x', '"",""'])
show(['"multi', 'line", field', "next,row"])
show(io.StringIO('one,"two\nthree",four\r\nfive,six\n'))
show(["a;b;c"], delimiter=";")
show(["a, b,  c"], skipinitialspace=True)
show(["a, b,  c"])
show(['a\\,b,c\\\\d,e\\"f'], escapechar="\\")
show(['"a\\"b",c'], escapechar="\\")
show(['"a""b",c'], doublequote=False)
show(['a"b,c"d'], quoting=csv.QUOTE_NONE)
show(["1,2.5,-3e2,abc"], quoting=csv.QUOTE_NONNUMERIC)
show(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)
show(['"abc"def,x'])
show(['"abc"def,x'], strict=True)
show(['"unterminated'])
show(['"unterminated'], strict=True)
show(["ok", "a\rb,c"])
show(["a,b\r\n", "c,d\n", "e,f\r"])
show(["a\\", "b"], escapechar="\\")
show(["x", b"bytes line"])
show([1])
show(["é,ü,😀", "中文,\u2028"])
show(["a|b|'c|d'"], delimiter="|", quotechar="'")

old = csv.field_size_limit()
print(old, csv.field_size_limit(10), csv.field_size_limit())
show(["short,0123456789", "x,01234567890"])
show(['"0123456789', '"'])
csv.field_size_limit(old)
print(csv.field_size_limit())
for bad in ("10", 2.0):
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print(e)

r = csv.reader(["a,b", "c,d"])
print(iter(r) is r, r.line_num, next(r), r.line_num, list(r), r.line_num)
print(r.dialect.delimiter, r.dialect.quotechar, r.dialect.lineterminator.encode(), r.dialect.quoting)
try:
    next(r)
except StopIteration:
    print("StopIteration")
