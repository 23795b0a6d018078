# csv.Sniffer (Lib/csv.py, over re and the native _csv): sniffing a dialect's delimiter and quotechar, has_header, the delimiters argument, what it cannot sniff
import csv
import io

sample = "id;name;score\n1;'Ann Lee';3.5\n2;'Bob';4\n3;'Cy, Jr.';5\n"
s = csv.Sniffer()
d = s.sniff(sample)
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting)
print(s.has_header(sample))
print(s.has_header("a,b\n1,2\n3,4\n"), s.has_header("1,2\n3,4\n"))
d2 = s.sniff("a\tb\tc\n1\t2\t3\n", delimiters="\t,")
print(repr(d2.delimiter))
try:
    s.sniff("")
except csv.Error as e:
    print("Error", e)
print(list(csv.reader(io.StringIO(sample), d)))
