# import this: the Zen of Python, decoded from rot13 at import; the module's own variables and the rot_13 codec
import codecs
import this

print(len(this.s), this.s[:30])
print(this.c, this.i, len(this.d))
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
