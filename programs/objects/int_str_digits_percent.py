# %-formatting an int in decimal (%d, %i, %u; str and bytes) is its str(),
# so the integer string conversion limit applies as it does to str(),
# format() and f-strings; hex and octal have no limit.
import sys

def show(label, f):
    try:
        r = f()
        print(label, len(r))
    except ValueError as e:
        print(label, "ValueError", e)

big = 10**5000
show("%d", lambda: "%d" % big)
show("%i", lambda: "%i" % -big)
show("%u", lambda: "%u" % big)
show("%x", lambda: "%x" % big)
show("%o", lambda: "%o" % big)
show("bytes %d", lambda: b"%d" % big)
show("bytes %x", lambda: b"%x" % big)
show("str", lambda: str(big))
show("format", lambda: format(big, "d"))
show("%d of 4300 digits", lambda: "%d" % (10**4299))
show("%.5000d", lambda: "%.5000d" % 7)
sys.set_int_max_str_digits(0)
show("%d unlimited", lambda: "%d" % big)
show("bytes %d unlimited", lambda: b"%d" % -big)
