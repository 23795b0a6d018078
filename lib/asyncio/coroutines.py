"""refpy's asyncio.coroutines: iscoroutinefunction and its marker
(`_is_coroutine`, which unittest.mock's AsyncMock sets), as CPython's,
and iscoroutine (tasks.py's). inspect is imported at the first call, so
that importing asyncio does not import it."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

from .tasks import iscoroutine


# A marker for iscoroutinefunction.
_is_coroutine = object()


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    import inspect
    return (inspect.iscoroutinefunction(func) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)
