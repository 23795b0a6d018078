# Lookaheads, lookbehinds, conditional groups, atomic groups, possessive and lazy quantifiers, backreferences
import re

print(re.findall(r'Isaac (?=Asimov)', 'Isaac Asimov, Isaac Newton'))
print(re.findall(r'Isaac (?!Asimov)', 'Isaac Asimov, Isaac Newton'))
print(re.search(r'(?<=abc)def', 'abcdef'), re.search(r'(?<=-)\w+', 'spam-egg'))
print(re.findall(r'(?<!\$)\b\d+', 'cost $30 or 40 units'))
print(re.findall(r'\b\w+(?<!ing)\b', 'sing song ring rang'))
print(re.sub(r'(?<=\d)(?=(\d{3})+\b)', ',', '1234567 and 1000'))
print(re.match(r'(?=(\w+))\w', 'abc').group(1))

pat = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    print(s, pat.match(s) and pat.match(s).groups())
print(re.match(r'(?P<q>")?\w+(?(q)")', '"abc"').group(), re.match(r'(a)?(?(1)b|c)', 'c').group())

print(re.search(r'<.*>', '<a> b <c>').group(), re.search(r'<.*?>', '<a> b <c>').group())
print(re.match(r'a{3,5}', 'aaaaaa').group(), re.match(r'a{3,5}?', 'aaaaaa').group())
print(re.match(r'(?:ab){2,}', 'abababx').group(), re.match(r'x{,2}', 'xxx').group())
print(re.fullmatch(r'a*+a', 'aaa'), re.fullmatch(r'a*a', 'aaa'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'))
print(re.match(r'(?:a|ab)++c', 'ababc'), re.match(r'\d++\d', '123'))

print(re.search(r'(\b\w+)\s+\1\b', 'Paris in the the spring').group())
print(re.sub(r'\b(\w+)( \1\b)+', r'\1', 'cat cat cat dog dog'))
print(re.match(r'(?P<word>\w+) (?P=word)', 'hey hey you').groups())
print(re.match(r'(a)(?:b\1)*', 'ababac').group(), re.match(r'(?i)(a)\1', 'aA'))
print(re.search(r"(['\"]).*?\1", 'say "hi" or \'bye\'').group())

print(re.findall(r'(?m)^\s*#.*$', 'x = 1\n  # note\ny = 2\n# end'))
print(re.findall(r'(?s)/\*.*?\*/', 'a /* one\n */ b /* two */'))
print(re.match(r'(?x) (\d+) \s* ([a-z]+)  # a count and a unit', '12 kg').groups())
print(re.findall(r'(?i:a)b', 'ab Ab aB AB'), re.findall(r'a(?-i:b)', 'ab AB Ab aB', re.I))
print(re.search(r'^$', ''), re.findall(r'$', 'a\nb\n', re.M), re.findall(r'\Z', 'a\n'))
print(re.findall(r'\B\w', 'ab cd'), re.findall(r'\b\w', 'ab cd'))
