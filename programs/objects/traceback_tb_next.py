# traceback.tb_next is writable: None or a traceback, no loops, not deletable; a trimmed chain prints fewer entries
import sys
import traceback


def inner():
    raise ValueError("deep")


def outer():
    inner()


try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    t = tb
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
    second = tb.tb_next
    print(sys.getrefcount(second) - 1 >= 1)
    tb.tb_next = second.tb_next
    print([t.tb_frame.f_code.co_name for t in (tb, tb.tb_next)])
    for bad in [5, "x"]:
        try:
            tb.tb_next = bad
        except TypeError as err:
            print("TypeError:", err)
    try:
        tb.tb_next.tb_next = tb
    except ValueError as err:
        print("ValueError:", err)
    try:
        tb.tb_next = tb
    except ValueError as err:
        print("ValueError:", err)
    try:
        del tb.tb_next
    except TypeError as err:
        print("TypeError:", err)
    traceback.print_exception(e, file=sys.stdout)
    tb.tb_next = None
    print(tb.tb_next)
    traceback.print_exception(e, file=sys.stdout)
