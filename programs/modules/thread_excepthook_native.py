# threading.excepthook is _thread._excepthook over _thread._ExceptHookArgs
# (a structseq): SystemExit ignored, "Exception in thread NAME:" and the
# traceback on sys.stderr; _thread.interrupt_main raises KeyboardInterrupt
# in the main thread as CPython's SIGINT handler does.
import _thread
import sys
import threading

print(threading.excepthook is _thread._excepthook, threading.ExceptHookArgs is _thread._ExceptHookArgs)

def bad():
    raise ValueError("boom")

t = threading.Thread(target=bad, name="T1")
t.start()
t.join()
sys.stderr.flush()
t = threading.Thread(target=lambda: sys.exit(3), name="T2")
t.start()
t.join()

a = _thread._ExceptHookArgs((ValueError, ValueError("x"), None, t))
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread.name, len(a), a[0])
print(type(a).__name__, _thread._ExceptHookArgs.n_fields, _thread._ExceptHookArgs.n_sequence_fields)
sys.stdout.flush()
_thread._excepthook(a)
sys.stderr.flush()
print(_thread._excepthook(_thread._ExceptHookArgs((SystemExit, SystemExit(1), None, None))))

class Named:
    name = "custom"
    _stderr = sys.stdout
saved = sys.stderr
sys.stderr = None
_thread._excepthook(_thread._ExceptHookArgs((KeyError, KeyError("k"), None, Named())))
print(_thread._excepthook(_thread._ExceptHookArgs((KeyError, KeyError("k"), None, None))))
sys.stderr = saved

seen = []
threading.excepthook = lambda args: seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t = threading.Thread(target=bad, name="T3")
t.start()
t.join()
print(seen)

for bad_call in [lambda: _thread._excepthook((1, 2, 3, 4)), lambda: _thread._ExceptHookArgs((1, 2)),
                 lambda: _thread.interrupt_main(0), lambda: _thread.interrupt_main(65), lambda: _thread.interrupt_main(signum=2)]:
    try:
        bad_call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(_thread.interrupt_main(15))
try:
    _thread.interrupt_main()
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e), e.args)
try:
    _thread.interrupt_main(2)
except KeyboardInterrupt:
    print("again")
