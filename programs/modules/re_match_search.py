# re.match, search and fullmatch: groups, names, spans, lastindex, pos/endpos, Match reprs, bytes patterns
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m)
print(m.group(0), m.group(1), m.group(2), m.group(1, 2), m[1], m.groups())
print(m.span(), m.span(2), m.start(1), m.end(2), m.lastindex, m.lastgroup)

m = re.match(r'(?P<first_name>\w+) (?P<last_name>\w+)', 'Malcolm Reynolds')
print(m.group('first_name'), m['last_name'], m.groupdict(), m.lastgroup)
print(m.re.groupindex['last_name'], m.string, m.pos, m.endpos, m.regs)

print(re.match('c', 'abcdef'), re.search('c', 'abcdef'))
print(re.search('^c', 'abcdef'), re.search('^a', 'abcdef'))
print(re.search('^X', 'A\nB\nX', re.MULTILINE))
print(re.fullmatch(r'p.*n', 'python'), re.fullmatch(r'p.*n', 'pythons'), re.fullmatch('r.*n', 'python'))

m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.span(2), m.start(3), m.lastindex)
print(re.match(r'(\d+)\.(\d+)', '24.1632').groups())
print(re.match(r'(\d+)\.?(\d+)?', '24').groups('0'))

p = re.compile(r'd')
print(p.search('dog'), p.search('dog', 1), p.match('dog', 1), p.search('xxd', 0, 2), p.search('xxd', 1))
print(re.compile('o').fullmatch('dog', 1, 2))

for text in ['2023-06-15', '15/06/2023', 'June 15, 2023']:
    m = re.search(r'(\d{4})-(\d\d)-(\d\d)|(\d\d)/(\d\d)/(\d{4})', text)
    print(text, '->', m and m.groups(), m and m.lastindex)

print(re.search(r'\bcat\b', 'concatenate cat category'))
print(re.search(r'colou?r', 'The color and the colour'))
print(re.search(r'(?i)HELLO', 'say hello'), re.search('hello', 'say HeLLo', re.IGNORECASE))
print(re.search(r'a.c', 'a\nc'), re.search(r'a.c', 'a\nc', re.DOTALL))
print(re.search(r'\d+', 'abc ١٢٣ 456'), re.search(r'\d+', 'abc ١٢٣ 456', re.ASCII))
print(re.search(r'\w+', 'été'), re.search(r'\w+', 'été', re.A))

b = re.search(rb'(\w+)@(\w+)\.com', b'mail joe@example.com now')
print(b, b.groups(), b.group(0), b.span())
print(re.match(rb'\x00\xff', b'\x00\xff\x01'))
print(re.search('x*', 'aaa'), re.search('a*', 'aaa'), re.match('', ''))
print(re.search('\U0001f600+', 'ok \U0001f600\U0001f600!').span())
print(re.match(r'(a|b)*', 'abba').group(1), re.match(r'(?:(a)|(b))+', 'ab').groups())
m = re.search('(?P<x>a)|(?P<y>b)', 'b')
print(m.lastindex, m.lastgroup, m.groupdict())
print(bool(re.match('a', 'a')), re.match('a', 'b') is None)

try:
    m.group(3)
except IndexError as e:
    print('IndexError:', e)
try:
    m.group('z')
except IndexError as e:
    print('IndexError:', e)
