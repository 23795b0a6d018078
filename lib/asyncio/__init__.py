"""refpy's asyncio: a small implementation of CPython 3.11's asyncio, the
parts programs without I/O use: the event loop (events.py: call_soon,
call_later, run_until_complete on a virtual clock), futures and tasks
(futures.py, tasks.py: create_task, gather, sleep, wait_for, wait,
as_completed, shield), TaskGroup (taskgroups.py), timeout
(timeouts.py), synchronization (locks.py), queues (queues.py) and
asyncio.run (runners.py), and iscoroutinefunction (coroutines.py). It
schedules callbacks in the order CPython's asyncio does, so programs
print what they print under CPython. There is no I/O, no threads, no
subprocesses and no debug mode.
"""

import sys

from .coroutines import *
from .exceptions import *
from .events import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .timeouts import *

__all__ = (coroutines.__all__ +
           exceptions.__all__ +
           events.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           taskgroups.__all__ +
           tasks.__all__ +
           timeouts.__all__)
