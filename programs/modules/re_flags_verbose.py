# Flags: IGNORECASE (Unicode and ASCII case folding), MULTILINE, DOTALL, VERBOSE patterns, ASCII, inline flags, LOCALE on bytes
import re

print(re.findall('k', 'k K \u212a', re.I), re.findall('k', 'k K \u212a', re.I | re.A))
print(re.findall('s', 's S \u017f', re.I), re.findall('\u03c3', '\u03c3 \u03a3 \u03c2', re.I))
print(re.match('stra\u00dfe', 'STRA\u00dfE', re.I), re.match('\u00e9', '\u00c9', re.I), re.match('\u00e9', '\u00c9', re.I | re.A))
print(re.findall('[a-z]+', 'Hello WORLD \u00e9t\u00e9', re.I), re.findall(r'[\u0430-\u044f]+', '\u041f\u0420\u0418\u0412\u0415\u0422 \u043c\u0438\u0440', re.I))
print(re.findall(rb'[a-z]+', b'Hello WORLD', re.I), re.match(rb'\xe9', b'\xc9', re.I))
print(re.findall(rb'\w+', b'caf\xe9 bar', re.L), re.match(rb'(?L)ab', b'AB', re.I))

a = re.compile(r"""\d +  # the integral part
                   \.    # the decimal point
                   \d *  # some fractional digits""", re.X)
b = re.compile(r'\d+\.\d*')
print(a.match('3.14 is pi').group(), b.match('3.14').group(), a.pattern == b.pattern)
phone = re.compile(r'''
    (\d{3})     # area code
    \D*         # separator
    (\d{3})     # trunk
    \D*
    (\d{4})     # rest
    ''', re.VERBOSE)
print(phone.search('call 800-555-1212 now').groups())
print(re.match(r'(?x) a [ ] b \# c', 'a b# c'))

text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text), re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text, re.M))
print(re.findall(r'.+', text), len(re.findall(r'.+', text, re.S)))
print(re.search(r'(?ms)^second.*', text).group())
print(re.compile(r'(?i)abc').flags & re.I != 0, re.compile('abc').flags, re.compile(b'abc').flags)
print(re.compile('x', re.I | re.M), re.compile('x', re.S | re.X), re.compile(b'x', re.I), re.compile('x', re.A))
print(re.compile(r'\w+', re.U) == re.compile(r'\w+'), re.compile('x') is re.compile('x'))
print(re.compile('(?i)x').pattern, re.compile('a(?i:b)c').match('aBc'))
