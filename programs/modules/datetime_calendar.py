# datetime's calendar arithmetic and C _datetime's error messages: ISO calendars (the IsoCalendarDate named tuple and its repr), weekdays, ordinals, timedelta arithmetic and normalisation, replace, strftime/isoformat round trips, fromisoformat errors and comparisons across types
import datetime as dt

d = dt.date(2020, 12, 31)
iso = d.isocalendar()
print(iso, iso.year, iso.week, iso.weekday, tuple(iso))
print(dt.date(2021, 1, 3).isocalendar(), dt.date(2021, 1, 4).isocalendar())
print(dt.date.fromisocalendar(2020, 53, 4), dt.date.fromisocalendar(2021, 1, 1))

print(d.weekday(), d.isoweekday(), d.toordinal(), dt.date.fromordinal(737790))
print(d + dt.timedelta(days=1), d - dt.date(2000, 2, 29))
td = dt.timedelta(days=-1, seconds=3601, microseconds=-1)
print(repr(td), td, td.total_seconds(), abs(td), -td)
print(dt.timedelta(hours=36) // dt.timedelta(hours=5), dt.timedelta(hours=36) % dt.timedelta(hours=5))
print(divmod(dt.timedelta(days=7), dt.timedelta(days=2)), dt.timedelta(days=1) / 3)
t = dt.datetime(2024, 2, 29, 13, 45, 30, 123456)
print(repr(t), t.isoformat(), t.isoformat(sep=" ", timespec="minutes"))
print(t.replace(year=2025, day=28), t.strftime("%A %d %B %Y %I:%M %p %j %U %W"))
print(dt.datetime.fromisoformat("2024-02-29T13:45:30.123456") == t)
for bad in ["2024-02-30", "2024-13-01", "nonsense"]:
    try:
        dt.date.fromisoformat(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
print(d < dt.date(2021, 1, 1), d == dt.datetime(2020, 12, 31), d != "2020-12-31")
try:
    d < t
except TypeError as e:
    print("TypeError:", e)
utc = dt.timezone.utc
aware = dt.datetime(2024, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30), "IST"))
print(repr(utc), aware, aware.astimezone(utc), aware.tzname(), aware.utcoffset())
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1), dt.date(2020, 1, 1)]))


# The errors, with the messages of CPython's C _datetime
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e.args)
t(lambda: dt.date(0,1,1)); t(lambda: dt.date(10000,1,1)); t(lambda: dt.date(2020,0,1)); t(lambda: dt.date(2020,2,30))
t(lambda: dt.time(24)); t(lambda: dt.time(1,60)); t(lambda: dt.time(1,1,60)); t(lambda: dt.time(1,1,1,10**6)); t(lambda: dt.time(fold=2))
t(lambda: dt.datetime(2020,1,1) < dt.date(2020,1,1)); t(lambda: dt.date(2020,1,1) < dt.datetime(2020,1,1))
class D(dt.datetime): pass
t(lambda: D(2020,1,1) < dt.date(2020,1,1))
t(lambda: dt.datetime(2020,1,1) < dt.datetime(2020,1,1, tzinfo=dt.timezone.utc))
for s in ["2024-02-30", "2024-13-01", "nonsense", "2024-02-29T25:00", "2024-02-29T10:00:61"]:
    t(lambda: dt.date.fromisoformat(s)); t(lambda: dt.datetime.fromisoformat(s))
t(lambda: dt.time.fromisoformat("25:00")); t(lambda: dt.time.fromisoformat("xx"))
t(lambda: dt.date("2020", 1, 1)); t(lambda: dt.date(2020.0, 1, 1))
t(lambda: dt.timedelta(days=10**9)); t(lambda: dt.date.max + dt.timedelta(1))
