# A tokenizer with named groups and finditer, Pattern attributes and reuse, the re cache, copying patterns
import copy
import re

NUMBER = r'(?P<NUMBER>\d+(\.\d*)?)'
tokens = [('NUMBER', r'\d+(?:\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z]+'),
          ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
tok_regex = '|'.join('(?P<%s>%s)' % pair for pair in tokens)
code = '''IF quantity THEN
    total := total + price * quantity;
    tax := price * 0.05;
ENDIF;'''
line = 1
for mo in re.finditer(tok_regex, code):
    kind = mo.lastgroup
    value = mo.group()
    if kind == 'NEWLINE':
        line += 1
    elif kind != 'SKIP':
        print(line, kind, repr(value), mo.start())

p = re.compile(tok_regex)
print(p.groups, sorted(p.groupindex.items()), type(p.groupindex).__name__)
print(p.pattern[:20], p.flags, p)
print(copy.copy(p) is p, copy.deepcopy(p) is p, p == re.compile(tok_regex), hash(p) == hash(re.compile(tok_regex)))
m = p.match('abc')
print(m, copy.copy(m) is m, m.lastgroup, m.lastindex)
s = p.scanner('a := 1;')
print([(m.lastgroup, m.group()) for m in iter(s.match, None)])
re.purge()
print(re.compile('a+') == re.compile('a+'), re.template if False else 'ok')
words = re.compile(r'\w+')
print([words.search('one two three', pos).group() for pos in (0, 4, 8)])
print(list(map(len, words.findall('the quick brown fox'))))
print(re.Pattern, re.Match, type(m) is re.Match, isinstance(p, re.Pattern))
