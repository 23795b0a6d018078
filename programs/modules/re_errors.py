# re.error: the compiler's messages with their positions, lines and columns; TypeErrors for mixed str and bytes
import re

for pattern in ['(abc', 'abc)', '[a-', 'a**', '*a', r'\1', r'(?P<n>a)(?P<n>b)', r'(?P<1>a)', r'(?<=a+)b',
                r'\p', 'a{3,2}', '(?z)', r'(?P=missing)', 'x{70000}', '[z-a]', '(?<a)', r'\x1', 'a\n(b']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
e = None
try:
    re.compile('(a\nb\n(c')
except re.error as err:
    e = err
print(type(e).__name__, type(e).__module__, e.pattern == '(a\nb\n(c', str(e))
print(re.error is re.error, issubclass(re.error, Exception))
for call in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.sub('a', b'x', 'a'),
             lambda: re.sub(r'(a)', r'\2', 'a'), lambda: re.sub('a', r'\g<x>', 'a'), lambda: re.match('a', 5),
             lambda: re.compile('a', re.LOCALE), lambda: re.compile(re.compile('a'), re.I)]:
    try:
        print(call())
    except (re.error, TypeError, ValueError, IndexError) as err:
        print(type(err).__name__ + ':', err)
re.compile('(unclosed')
