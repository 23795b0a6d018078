# time's calendar functions at fixed instants: gmtime's struct_time,
# strftime's directives (glibc's), asctime, mktime of localtime, the
# struct_time type, and the errors for bad arguments.
import time

for secs in (0, 86400 * 365.25 * 30, 1709294415, -86400 * 400, 951782400):
    t = time.gmtime(secs)
    print(t, t.tm_zone, t.tm_gmtoff)
    print(time.strftime("%a %A %b %B %c|%C %d %D %e %F %G %g %H %I %j %m %M %p %r %R %S %T %u %U %V %w %W %x %X %y %Y %%", t))
    print(time.asctime(t), time.mktime(time.localtime(secs)) == int(secs))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_year, st[:3], type(st).n_fields, type(st).n_sequence_fields)
for bad in [lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime(1),
            lambda: time.gmtime(float("nan")), lambda: time.struct_time((1, 2)), lambda: time.asctime((1, 2))]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
