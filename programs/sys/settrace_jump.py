# A trace function sets frame.f_lineno to jump: forward, backward, out of a
# for loop (its iterator released at once) and out of an except block (the
# handled exception restored), and the jumps CPython refuses, each with its
# ValueError message.
import sys

plan = {}


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name not in plan:
        return tracer
    if event == "line":
        rel = frame.f_lineno - frame.f_code.co_firstlineno
        todo = plan[name]
        if rel in todo:
            target = todo.pop(rel)
            try:
                frame.f_lineno = frame.f_code.co_firstlineno + target if isinstance(target, int) else target
                print(f"  {name}: jumped from +{rel} to {target}")
            except ValueError as e:
                print(f"  {name}: +{rel} -> {target!r}: ValueError: {e}")
    return tracer


def run(f, jumps):
    plan[f.__name__] = dict(jumps)
    sys.settrace(tracer)
    try:
        result = f()
    finally:
        sys.settrace(None)
    print(f.__name__, "returned", result)


def forward():
    x = []
    x.append(1)
    x.append(2)
    x.append(3)
    return x


run(forward, {2: 4})


def backward():
    n = 0
    n += 1
    n += 10
    return n


run(backward, {3: 2})


class Iter:
    def __init__(self, name):
        self.name = name
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

    def __del__(self):
        print("  del", self.name)


def out_of_loop():
    total = 0
    for i in Iter("loop"):
        total += i
    total += 100
    return total


run(out_of_loop, {3: 4})


def into_loop():
    total = 0
    for i in Iter("into"):
        total += i
    return total


run(into_loop, {1: 3})


def out_of_except():
    try:
        1 / 0
    except ZeroDivisionError:
        print("  handling", sys.exc_info()[0].__name__)
        x = "in handler"
    print("  after the block:", sys.exc_info())
    return "done"


run(out_of_except, {5: 6})


def into_except():
    try:
        y = 1
    except ValueError:
        y = 2
    return y


run(into_except, {2: 4})


def limits():
    a = 1
    b = 2
    return a + b


run(limits, {1: 0, 2: 1000})
plan["limits"] = {1: "three", 2: -5}
sys.settrace(tracer)
limits()
sys.settrace(None)


def events(frame, event, arg):
    if frame.f_code.co_name == "evented":
        if event in ("call", "return", "exception"):
            try:
                frame.f_lineno = frame.f_code.co_firstlineno + 1
            except ValueError as e:
                print(f"  {event}: ValueError: {e}")
        elif event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
            try:
                frame.f_back.f_lineno = 1
            except ValueError as e:
                print(f"  caller without f_trace: ValueError: {e}")
            try:
                del frame.f_lineno
            except AttributeError as e:
                print(f"  del: AttributeError: {e}")
    return events


def evented():
    try:
        raise KeyError("k")
    except KeyError:
        pass
    return 1


sys.settrace(events)
evented()
sys.settrace(None)
try:
    sys._getframe().f_lineno = 3
except ValueError as e:
    print("not tracing: ValueError:", e)


# With opcode events on: the jumped-to instruction runs without an event of
# its own; the next one reports as usual.
def opcodes():
    a = 1
    b = 2
    c = 3
    return a + c


def op_tracer(frame, event, arg):
    if frame.f_code.co_name == "opcodes":
        frame.f_trace_opcodes = True
        print(" ", event, frame.f_lineno, frame.f_lasti)
        if event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
            frame.f_lineno = frame.f_code.co_firstlineno + 4
    return op_tracer


sys.settrace(op_tracer)
try:
    opcodes()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
sys.settrace(None)
