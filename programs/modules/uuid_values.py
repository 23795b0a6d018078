# uuid: parsing and formatting UUIDs, their fields, uuid3/uuid5 (name-based), the shapes of uuid4 and uuid1, comparisons and errors
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.fields, u.urn)
print(u.bytes, u.bytes_le, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq)
for text in ("{12345678-1234-5678-1234-567812345678}", "urn:uuid:12345678123456781234567812345678", "12345678123456781234567812345678"):
    print(uuid.UUID(text) == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(int=1, version=4), uuid.UUID(hex="0" * 32).variant, uuid.UUID("f" * 32).variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid3(uuid.NAMESPACE_URL, "http://example.com/"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2.3"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=x"))
print(uuid.NAMESPACE_DNS, uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
a = uuid.uuid4()
print(a.version, a.variant, len(str(a)), str(a)[14], a == uuid.UUID(str(a)), a != uuid.uuid4())
b = uuid.uuid1()
c = uuid.uuid1()
print(b.version, b.variant, b.time <= c.time, b != c, uuid.uuid1(node=0x123456789abc, clock_seq=5).node)
d = uuid.uuid1(node=1, clock_seq=0x1234)
print(d.node, d.clock_seq, d.version)
print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]), hash(u) == hash(uuid.UUID(str(u))), u < uuid.UUID(int=2**127))
print({u: 1}[uuid.UUID(str(u))], int(u) == u.int, uuid.SafeUUID.safe, list(uuid.SafeUUID))
for bad in (lambda: uuid.UUID("xyz"), lambda: uuid.UUID(), lambda: uuid.UUID(int=-1), lambda: uuid.UUID(bytes=b"x"),
            lambda: uuid.UUID(int=1, version=9), lambda: setattr(u, "x", 1), lambda: uuid.UUID(hex="1", int=1),
            lambda: uuid.UUID(fields=(1, 2, 3))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
