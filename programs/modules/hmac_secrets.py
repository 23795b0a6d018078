# hmac over the built-in hashes (no OpenSSL: hmac's Python code), and secrets' shapes
import hashlib
import hmac
import secrets

for digest in ("md5", "sha1", "sha256", "sha512", "sha3_256", "blake2s", hashlib.sha224):
    h = hmac.new(b"key", b"message", digest)
    c = h.copy()
    c.update(b" more")
    print(h.name, h.digest_size, h.block_size, h.hexdigest(), c.hexdigest()[:16])
    print("   ", hmac.digest(b"key", b"message", digest) == h.digest())
print(hmac.new(b"k" * 200, b"long key", "sha256").hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("abc", "abd"), hmac.compare_digest(bytearray(b"x"), b"x"))
for bad in (lambda: hmac.new(b"key"), lambda: hmac.new("key", digestmod="md5"), lambda: hmac.compare_digest("é", "é"),
            lambda: hmac.compare_digest(b"a", "a")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

print(len(secrets.token_bytes(8)), len(secrets.token_bytes()), len(secrets.token_hex(8)), len(secrets.token_urlsafe(8)))
print(secrets.randbelow(1), secrets.choice([7]), 0 <= secrets.randbits(5) < 32, secrets.compare_digest("a", "a"))
print(type(secrets.SystemRandom()).__name__, all(c in "0123456789abcdef" for c in secrets.token_hex()))
