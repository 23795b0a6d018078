# re.Scanner with callbacks, the re.DEBUG dump of a compiled pattern, RegexFlag values and reprs, copies, and everyday patterns (emails, numbers, key=value pairs, IPs)
import copy
import re
def s_ident(scanner, token): return token
def s_operator(scanner, token): return "op%s" % token
def s_float(scanner, token): return float(token)
def s_int(scanner, token): return int(token)
scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", s_float),
    (r"\d+", s_int),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
    ])
print(scanner.scan("sum = 3*foo + 312.50 + bar"))
re.compile(r'(a|b)*c[x-z]\d', re.DEBUG)
print(re.compile('a(?P<x>b)').groupindex)
print(re.RegexFlag.IGNORECASE, re.I, repr(re.I | re.M), re.NOFLAG, re.I.value)
print(re.compile('a', re.I | re.M).flags, repr(re.compile('a', re.I)))

p = re.compile(r'(\w+)', re.I)
print(copy.deepcopy(p) is p)
print(re.sub(r'(?P<n>\d)', lambda m: m['n'] * 2, 'a1b2'))
print(re.fullmatch(r'[\w.+-]+@[\w-]+\.[\w.-]+', 'john.doe+x@mail.example.com'))
print(re.findall(r'(?<![\w])\d+(?:\.\d+)?', 'v1.2 costs 3.50 and 42'))
print([m.groupdict() for m in re.finditer(r'(?P<key>\w+)=(?P<val>[^;]*);?', 'a=1;b=two;c=')])
print(re.split(r'[;,\s]\s*', 'asdf fjdk; afed, fjek,asdf, foo'))
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m.group(1).upper() + m.group(2), 'hello big world'))
print(re.match(r'^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$', '192.168.1.255'))
print(re.search(r'\d{4}-\d{2}-\d{2}', 'Date: 2024-02-29!').group())
