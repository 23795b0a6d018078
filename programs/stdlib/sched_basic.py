# sched.scheduler on a virtual clock: events by time and priority, cancel, queue, run(blocking=False)
import sched

now = [0.0]


def clock():
    return now[0]


def sleep(d):
    print("sleep", d)
    now[0] += d


s = sched.scheduler(clock, sleep)


def say(msg):
    print(f"{now[0]:.1f} {msg}")


s.enter(2, 1, say, ("two, priority 1",))
s.enter(2, 0, say, ("two, priority 0",))
s.enterabs(1, 0, say, kwargs={"msg": "one (absolute)"})
e = s.enter(3, 0, say, ("never",))
s.enter(5, 0, say, ("five",))
print([(ev.time, ev.priority, ev.argument) for ev in s.queue])
s.cancel(e)
print(s.empty(), len(s.queue))
s.run()
print(s.empty(), now[0])
s.enter(1, 0, say, ("later",))
print(s.run(blocking=False))
now[0] += 2
print(s.run(blocking=False))
try:
    s.cancel(e)
except ValueError as ex:
    print("ValueError", ex)
