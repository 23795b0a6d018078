a = 'single'
b = "double"
c = '''triple
single'''
d = """triple
double"""
e = r'raw\n\d'
f = R"raw"
g = b'bytes\x00\xff'
h = rb'raw\bytes'
i = Br"x"
j = u'unicode'
k = 'a' "b" '''c'''
l = ('implicit '
     'concatenation')
m = '\n\t\r\\\'\"\a\b\f\v\0'
n = '\x41\u00e9\U0001F600\101\7'
o = 'unknown \d escape'
p = 'line \
continuation'
q = """quote " inside ' """
r = ''
s = b''
u = b'\x41\101'
v = "it's"
w = 'say "hi"'
x = '''a''' '''b'''
y = """
multi
line
"""
z = 'é' + "日本"
