# The signal module: constants as on Linux, signal/getsignal, default_int_handler, raise_signal and _thread.interrupt_main running the Python handler
import _thread
import signal

print(signal.SIGINT, repr(signal.SIGTERM), signal.NSIG, signal.SIGRTMIN, signal.SIGRTMAX)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGPIPE)))
print(signal.Signals(15), signal.Signals["SIGHUP"], signal.Handlers.SIG_IGN)
print(signal.strsignal(signal.SIGINT), signal.strsignal(35), signal.strsignal(32))
valid = signal.valid_signals()
print(len(valid), 32 in valid, 34 in valid)

calls = []


def handler(signum, frame):
    calls.append((signum, frame.f_code.co_name))
    print("handler", signal.Signals(signum).name, frame.f_code.co_name)


old = signal.signal(signal.SIGINT, handler)
print(old is signal.default_int_handler, signal.getsignal(signal.SIGINT) is handler)
signal.raise_signal(signal.SIGINT)


def inner():
    _thread.interrupt_main()
    print("after interrupt_main")


inner()
signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)
_thread.interrupt_main(signal.SIGUSR1)
print(calls)

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print(signal.getsignal(signal.SIGUSR1))
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL))
signal.raise_signal(signal.SIGCHLD)

signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    _thread.interrupt_main()
    print("not here")
except KeyboardInterrupt:
    print("KeyboardInterrupt from interrupt_main")


def raising(signum, frame):
    raise RuntimeError("from handler")


signal.signal(signal.SIGINT, raising)
try:
    signal.raise_signal(signal.SIGINT)
except RuntimeError as e:
    print("RuntimeError", e)

for args in [(0, handler), (65, handler), (signal.SIGKILL, handler), (signal.SIGSTOP, signal.SIG_IGN),
             (32, handler), (signal.SIGINT, 5), ("x", handler)]:
    try:
        signal.signal(*args)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
for n in [0, 99]:
    try:
        signal.getsignal(n)
    except ValueError as e:
        print("ValueError", e)
for n in [-1, 65]:
    try:
        signal.raise_signal(n)
    except OSError as e:
        print("OSError", e)
try:
    signal.default_int_handler()
except TypeError as e:
    print("TypeError", e)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print("KeyboardInterrupt from default_int_handler")
try:
    _thread.interrupt_main(99)
except ValueError as e:
    print("ValueError", e)
signal.signal(signal.SIGINT, signal.default_int_handler)
