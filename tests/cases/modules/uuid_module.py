# UUIDs as an application uses them: parsing, the name-based generators, the
# fields of a time UUID, ordering, hashing, pickling and the argument errors.
import pickle
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.urn, int(u) == u.int)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq, u.node)
print(u.bytes, u.bytes_le, u.variant, u.version)
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int, version=4))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/'))
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'), uuid.uuid3(uuid.NAMESPACE_X500, 'cn=me').version)
for make in (uuid.uuid3, uuid.uuid5):
    try:
        make(uuid.NAMESPACE_OID, b'1.3')
    except TypeError as e:
        print(make.__name__, 'of bytes:', e)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), r == uuid.UUID(str(r)), r.is_safe)
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.getnode(), t.is_safe in list(uuid.SafeUUID))
t2 = uuid.uuid1(node=0x123456789abc, clock_seq=0x1234)
print(t2.node == 0x123456789abc, t2.clock_seq, t2.time > t.time - 10**7, t2.is_safe)
ids = sorted([uuid.UUID(int=n) for n in (5, 1, 3)])
print(ids, ids[0] < ids[1], len({u, uuid.UUID(str(u))}))
print(pickle.loads(pickle.dumps(u)) == u, u.__getstate__(), uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe).__getstate__())
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122, uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
for kwargs in [dict(hex='1234'), dict(bytes=b'x'), dict(fields=(1, 2)), dict(int=-1), dict(int=1, version=9), {}, dict(hex='0'*32, int=1),
               dict(fields=(1 << 32, 0, 0, 0, 0, 0)), dict(fields=(0, 0, 0, 0, 256, 0))]:
    try:
        uuid.UUID(**kwargs)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(e)
