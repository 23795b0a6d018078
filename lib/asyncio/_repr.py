"""What asyncio's reprs need: reprlib.repr's limits (CPython's reprlib.Repr
defaults: 30 characters for strings and other objects, 6 items of a list
or tuple, 4 of a dict, 40 digits of an int) and the formatting of
coroutines and callbacks (CPython's asyncio.coroutines._format_coroutine
and format_helpers)."""


def _cut(s, limit):
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + '...' + s[len(s) - j:]
    return s


def short_repr(x, level=6):
    if isinstance(x, str):
        s = repr(x[:30])
        if len(s) > 30:
            i = max(0, (30 - 3) // 2)
            j = max(0, 30 - 3 - i)
            s = repr(x[:i] + x[len(x) - j:])
            s = s[:i] + '...' + s[len(s) - j:]
        return s
    if type(x) is int:
        return _cut(repr(x), 40)
    if type(x) in (list, tuple):
        if level <= 0:
            return '[...]' if type(x) is list else '(...)'
        items = [short_repr(v, level - 1) for v in x[:6]]
        if len(x) > 6:
            items.append('...')
        s = ', '.join(items)
        if type(x) is list:
            return '[' + s + ']'
        return '(' + s + (',)' if len(x) == 1 else ')')
    if type(x) is dict:
        if not x:
            return '{}'
        if level <= 0:
            return '{...}'
        keys = list(x)
        items = [short_repr(k, level - 1) + ': ' + short_repr(x[k], level - 1)
                 for k in keys[:4]]
        if len(x) > 4:
            items.append('...')
        return '{' + ', '.join(items) + '}'
    try:
        s = repr(x)
    except Exception:
        return '<%s instance at %#x>' % (type(x).__name__, id(x))
    return _cut(s, 30)


def format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>()'
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        running = getattr(coro, 'cr_running', getattr(coro, 'gi_running', False))
        return f'{name} running' if running else name
    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


def format_callback(func, args=()):
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    text += '(' + ', '.join(short_repr(a) for a in args) + ')'
    code = getattr(getattr(func, '__func__', func), '__code__', None)
    if code is not None:
        text += f' at {code.co_filename}:{code.co_firstlineno}'
    return text
