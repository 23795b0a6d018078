# A coroutine never awaited, with origin tracking on: the warning lists where it was created, as warnings._warn_unawaited_coroutine formats it (a recursive run collapsed after three).
import sys, gc
async def coro():
    return 1
def make(n):
    if n:
        return make(n - 1)
    return coro()
sys.set_coroutine_origin_tracking_depth(10)
c = make(6)
del c
sys.set_coroutine_origin_tracking_depth(2)
c = make(6)
del c
