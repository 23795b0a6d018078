# urllib.parse: splitting and joining URLs, quoting and unquoting, query strings
from urllib.parse import (parse_qs, parse_qsl, quote, quote_from_bytes, quote_plus, unquote, unquote_plus,
                          urldefrag, urlencode, urljoin, urlparse, urlsplit, urlunparse, urlunsplit)

r = urlparse("https://user:pw@example.com:8080/a/b;p?q=1&r=two#frag")
print(r)
print(r.scheme, r.netloc, r.path, r.params, r.query, r.fragment, r.username, r.password, r.hostname, r.port)
print(r.geturl(), urlunparse(r), r._replace(scheme="http").geturl())
s = urlsplit("HTTP://[::1]:80/p?x#y")
print(s, s.hostname, s.port, urlunsplit(s))
print(urljoin("http://a/b/c/d;p?q", "../g"), urljoin("http://a/b/c/d;p?q", "//x/y"), urljoin("http://a/b/", "?z"))
print(urldefrag("http://a/b#c"), quote("a b/c?d=é"), quote("/x y", safe=""), quote_plus("a b+c"), quote_from_bytes(b"\xff "))
print(unquote("a%20b%C3%A9"), unquote_plus("a+b%2B"), unquote("%zz"), unquote(b"x%41".decode()))
print(urlencode({"a": 1, "b": "x y", "c": ["1", "2"]}), urlencode({"c": ["1", "2"]}, doseq=True))
print(parse_qs("a=1&a=2&b=x+y&c="), parse_qs("c=", keep_blank_values=True), parse_qsl("a=1;b=2&c=%20"))
print(urlparse("mailto:x@y.z"), urlparse("file:///etc/passwd").path, urlparse("//host/only").netloc, urlparse("rel/path"))
for bad in (lambda: urlparse("http://a:xx/").port, lambda: urlsplit("http://[::1/"), lambda: quote(1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
