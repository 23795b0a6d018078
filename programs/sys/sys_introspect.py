# sys's interpreter introspection: _current_frames, _current_exceptions, _clear_type_cache, getallocatedblocks, stdlib_module_names, thread_info, and coroutine origin tracking (cr_origin).
import sys
import _thread

def where():
    frames = sys._current_frames()
    print(list(frames) == [_thread.get_ident()], frames[_thread.get_ident()] is sys._getframe())
    print(frames[_thread.get_ident()].f_code.co_name)

where()
print(sys._current_exceptions() == {_thread.get_ident(): (None, None, None)})
try:
    raise KeyError("k")
except KeyError as e:
    info = sys._current_exceptions()[_thread.get_ident()]
    print(info[0].__name__, info[1] is e, info[2] is e.__traceback__)
print(sys._clear_type_cache())
blocks = sys.getallocatedblocks()
keep = [object() for _ in range(1000)]
print(type(blocks).__name__, blocks > 0, sys.getallocatedblocks() - blocks >= 1000)
del keep

names = sys.stdlib_module_names
print(type(names).__name__, len(names), "os" in names, "refpy" in names, "_strptime" in names)
print(sorted(names)[:5], sorted(names)[-3:])
print(type(sys.thread_info), sys.thread_info.name, sys.thread_info.lock, len(sys.thread_info))
print(sys.thread_info[:2])

async def coro():
    return 1

def make(n):
    if n:
        return make(n - 1)
    return coro()

print(sys.get_coroutine_origin_tracking_depth())
c = coro()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
c = make(5)
print([(line, name) for _, line, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(10)
c = make(1)
print([(line, name) for _, line, name in c.cr_origin], c.cr_origin[0][0] == __file__)
c.close()
for bad in (-1, "x", 1.5):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_coroutine_origin_tracking_depth(0)
c = coro()
print(c.cr_origin)
c.close()
