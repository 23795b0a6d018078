# hashlib over the built-in hash modules: every guaranteed algorithm's digests, copy/update, names and sizes; _md5, _sha1, _sha256, _sha512, _sha3 and _blake2 directly, with their argument checks
import hashlib
import sys

import _blake2
import _md5
import _sha1
import _sha256
import _sha3
import _sha512

print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.__all__)
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b"abc")
    h2 = h.copy()
    h2.update(b"def")
    h2.update(bytearray(b"ghi"))
    h2.update(memoryview(b"jkl"))
    if name.startswith("shake"):
        print(name, h.hexdigest(10), h2.digest(5), h.digest_size, h.block_size, h.name)
    else:
        print(name, h.hexdigest(), h2.digest()[:8], h.digest_size, h.block_size, h.name)
    print("   ", getattr(hashlib, name)(b"abc").hexdigest(12) if name.startswith("shake") else
          getattr(hashlib, name)(b"abc").hexdigest() == h.hexdigest())

print(hashlib.md5(b"a" * 1000).hexdigest(), hashlib.sha1(b"").hexdigest())
print(hashlib.sha256(b"x" * 64).hexdigest(), hashlib.sha256(b"x" * 65).hexdigest())
print(hashlib.sha512(b"y" * 127).hexdigest()[:32], hashlib.sha384(b"y" * 129).hexdigest()[:32])
print(hashlib.sha3_256(b"z" * 136).hexdigest(), hashlib.shake_256(b"z" * 137).hexdigest(40))
print(hashlib.new("sha256", b"abc", usedforsecurity=False).hexdigest()[:16], hashlib.new("SHA256").name)

# BLAKE2 with its parameter block
print(hashlib.blake2b(b"x", digest_size=16, key=b"k", salt=b"s", person=b"p").hexdigest())
print(hashlib.blake2s(b"x", digest_size=16, key=b"key", salt=b"salt", person=b"me", fanout=2, depth=3,
                      leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest())
print(hashlib.blake2b(b"y" * 300, last_node=True, node_offset=2**40).hexdigest())
print(hashlib.blake2s(b"q" * 64).hexdigest(), hashlib.blake2s(b"q" * 65).hexdigest())
print(hashlib.blake2b(key=b"K" * 64).hexdigest()[:32], hashlib.blake2s(key=b"K" * 32, digest_size=1).hexdigest())
print(hashlib.blake2b.SALT_SIZE, hashlib.blake2b.PERSON_SIZE, hashlib.blake2b.MAX_KEY_SIZE,
      hashlib.blake2b.MAX_DIGEST_SIZE, hashlib.blake2s.SALT_SIZE, hashlib.blake2s.MAX_DIGEST_SIZE)
print(_blake2.BLAKE2B_SALT_SIZE, _blake2.BLAKE2S_PERSON_SIZE, _blake2.BLAKE2S_MAX_KEY_SIZE)
b = hashlib.blake2b(digest_size=20)
b.update(b"part one")
c = b.copy()
c.update(b"part two")
print(b.hexdigest(), c.hexdigest(), b.digest_size, c.name, c.block_size)

print(type(_md5.md5()).__name__, type(_sha256.sha224()), _sha1.SHA1Type, _sha256.SHA256Type, _sha512.SHA384Type)
print(type(_sha3.sha3_224()), _sha3.sha3_224, _sha3.shake_128()._suffix, _sha3.sha3_384()._rate_bits,
      _sha3.sha3_384()._capacity_bits, _sha3.implementation, _sha3.keccakopt)
print(_blake2.blake2b, type(_blake2.blake2s()))
print(sys.getsizeof(_md5.md5()), sys.getsizeof(_sha1.sha1()), sys.getsizeof(_sha256.sha256()),
      sys.getsizeof(_sha512.sha512()), sys.getsizeof(_sha3.sha3_256()), sys.getsizeof(_blake2.blake2b()),
      sys.getsizeof(_blake2.blake2s()))

errors = [
    lambda: _md5.md5("text"),
    lambda: _md5.md5(1),
    lambda: _md5.md5(b"x", b"y"),
    lambda: _md5.md5(string=b"x").hexdigest(),
    lambda: _md5.md5().update(),
    lambda: type(_md5.md5())(),
    lambda: _sha256.sha224().update("s"),
    lambda: _sha3.sha3_224(data=b"x"),
    lambda: _sha3.sha3_224(b"x", b"y"),
    lambda: _sha3.sha3_224(b"a", usedforsecurity=False).hexdigest(),
    lambda: _sha3.shake_128(b"x").digest(),
    lambda: _sha3.shake_128(b"x").digest(-1),
    lambda: _sha3.shake_128(b"x").digest(2**40),
    lambda: _sha3.shake_128(b"x").hexdigest("3"),
    lambda: _sha3.shake_128(b"x").digest(length=3),
    lambda: _sha3.shake_256(b"x").digest(0),
    lambda: _blake2.blake2b(digest_size=0),
    lambda: _blake2.blake2b(digest_size=65),
    lambda: _blake2.blake2b(key=b"x" * 65),
    lambda: _blake2.blake2s(key=b"x" * 33),
    lambda: _blake2.blake2b(salt=b"x" * 17),
    lambda: _blake2.blake2s(person=b"x" * 9),
    lambda: _blake2.blake2b("str"),
    lambda: _blake2.blake2b(key="str"),
    lambda: _blake2.blake2s(fanout="1"),
    lambda: _blake2.blake2s(leaf_size="1"),
    lambda: _blake2.blake2b(fanout=256),
    lambda: _blake2.blake2b(depth=0),
    lambda: _blake2.blake2b(node_offset=-1),
    lambda: _blake2.blake2b(inner_size=65),
    lambda: _blake2.blake2b(leaf_size=-1),
    lambda: _blake2.blake2b(leaf_size=2**32),
    lambda: _blake2.blake2b(node_depth=256),
    lambda: _blake2.blake2s(node_offset=2**48),
    lambda: _blake2.blake2b(data=b"x"),
    lambda: _blake2.blake2b(b"x", b"y"),
    lambda: hashlib.new("nonexistent"),
]
for f in errors:
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
