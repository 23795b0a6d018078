# time's POSIX clocks (CLOCK_* ids, clock_gettime, clock_getres, get_clock_info, thread_time); time_strptime.py shows strptime.
import time

for name in ["CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID"]:
    print(name, getattr(time, name), time.clock_getres(getattr(time, name)))
print("_STRUCT_TM_ITEMS", time._STRUCT_TM_ITEMS)

a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.clock_gettime(time.CLOCK_MONOTONIC)
print(type(a).__name__, b >= a)
n1 = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
n2 = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
print(type(n1).__name__, n2 >= n1)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 5)
t1 = time.thread_time()
t2 = time.thread_time_ns()
print(type(t1).__name__, type(t2).__name__, t1 >= 0, t2 >= 0)
print(type(time.clock_gettime(time.CLOCK_PROCESS_CPUTIME_ID)).__name__)

for clock in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(clock)
    print(clock, type(info).__name__, info)
    print(" ", info.implementation, info.monotonic, info.adjustable, info.resolution)

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", None))

attempt(time.clock_gettime, 99)
attempt(time.clock_gettime_ns, -1)
attempt(time.clock_getres, 1000)
attempt(time.clock_gettime, "x")
attempt(time.clock_gettime, 1.5)
attempt(time.clock_gettime, 2**40)
attempt(time.clock_gettime, -2**40)
attempt(time.clock_gettime, 2**70)
attempt(time.get_clock_info, "x")
attempt(time.get_clock_info, 1)
attempt(time.clock_gettime)

attempt(time.get_clock_info)
try:
    time.clock_gettime(clk_id=1)
except TypeError as e:
    print("TypeError", e)
