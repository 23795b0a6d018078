# re.findall, finditer, sub/subn (templates, backrefs, callables), split and escape
import re

text = 'He was carefully disguised but captured quickly by police.'
print(re.findall(r'\w+ly\b', text))
for m in re.finditer(r'\w+ly\b', text):
    print('%02d-%02d: %s' % (m.start(), m.end(), m.group(0)))
print(re.findall(r'(\w+)=(\d+)', 'set width=20 and height=10'))
print(re.findall(r'(\d)|x', 'x1x2'))
print(re.findall(r'\d*', 'a12b'), re.findall(r'', 'abc'))
print(re.findall(rb'[A-Z]+', b'ABC def GHI'))

print(re.sub(r'def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):', r'static PyObject*\npy_\1(void)\n{', 'def myfunc():'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good morning'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'a bc'), re.sub(r'(\w)', r'\g<1>\g<0>', 'ab'))
print(re.sub('x*', '-', 'abxd'), re.sub('-', '', 'a-b-c', count=1))
print(re.subn(r'\s+', ' ', 'a   b \t c\n'), re.subn('z', 'y', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))


def dashrepl(matchobj):
    if matchobj.group(0) == '-':
        return ' '
    return '-'


print(re.sub('-{1,2}', dashrepl, 'pro----gram-files'))
print(re.sub(r'\sAND\s', ' & ', 'Baked Beans And Spam', flags=re.IGNORECASE))
print(re.sub(r'a', r'\n', 'banana').split('\n'), re.sub('a', r'\\', 'ab'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.sub(b'a', lambda m: b'A', b'banana'))
print(re.compile(r'(\w+)@(\w+)').sub(r'\2 at \1', 'joe@host, ann@site'))

m = re.search(r'(\d+)-(?P<b>\d+)', 'call 555-1234')
print(m.expand(r'\2/\1'), m.expand(r'\g<b>:\g<1>'), m.expand('[\\g<0>]'))

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'), re.split(r'\b', 'Words, words'))
print(re.split(r'\W*', '...words...'), re.split(r'(\W*)', '...words...'))
print(re.split(r'x*', 'axbc'), re.split(rb',', b'a,b,,c'))

print(re.escape('https://www.python.org'), re.escape('a-b.c*d?e+f(g)h[i]j{k}l|m^n$o\\p q'))
print(re.escape(b'a.b'), re.escape('\t\n'))
print(re.findall(re.escape('1+1=2'), 'is 1+1=2?'))
