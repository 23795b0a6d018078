# time.strptime, which CPython leaves to Lib/_strptime.py (_strptime_time): formats, defaults, errors.
import time

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

print(time.strptime("2024-03-05 10:11:12", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Tue Mar  5 10:11:12 2024"))
print(time.strptime("5 March 2024", "%d %B %Y"))
print(time.strptime("31/12/99 11:59 PM", "%d/%m/%y %I:%M %p"))
print(time.strptime("2024 100", "%Y %j")[:])
print(time.strptime("+0130", "%z").tm_gmtoff)
attempt(time.strptime, "2024-13-01", "%Y-%m-%d")
attempt(time.strptime, "2024-01-01 junk", "%Y-%m-%d")
attempt(time.strptime, 5)
attempt(time.strptime)
try:
    time.strptime("1", format="%d")
except TypeError as e:
    print("TypeError", e)
