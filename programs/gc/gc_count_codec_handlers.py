# What generation 0 counts when a codec meets an error it hands to an
# error handler (spec 11): where CPython's codec handles the error itself
# (UTF-8, ASCII and Latin-1 with the common handlers, charmap with ignore,
# replace and xmlcharrefreplace) nothing is made; elsewhere the handler is
# called, with a UnicodeEncodeError or UnicodeDecodeError made for it (a
# 5-tuple of arguments, then the instance) and answering with a tuple. A
# handler that cannot handle the error raises that exception, or a
# TypeError that the codec machinery wraps ("decoding with ... failed").
# Each case after a full collection; the codec modules are imported first.
import gc

for name in ("utf-16", "utf-16-le", "utf-8-sig", "cp1252", "utf-32-be"):
    "".encode(name)

text = "a\u20ac\udcffb\u0394"
data = b"a\x81\x00\xd8b\x00\xff"
codecs = ["utf-8", "latin-1", "ascii", "utf-16-le", "utf-8-sig", "cp1252", "utf-32-be"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]
gc.disable()
for codec in codecs:
    for handler in handlers:
        for direction in ("encode", "decode"):
            gc.collect()
            before = gc.get_count()
            try:
                if direction == "encode":
                    r = text.encode(codec, handler)
                else:
                    r = data.decode(codec, handler)
            except Exception as e:
                r = type(e).__name__
            print(codec, handler, direction, repr(r), before, gc.get_count())
gc.enable()
