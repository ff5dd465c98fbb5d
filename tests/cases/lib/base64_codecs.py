# base64: the Base16/32/32hex/64/urlsafe/85/Ascii85 encoders and decoders on
# edge lengths, their options, and the errors CPython raises.
import base64
import binascii

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)),
           b'\x00\x00\x00\x00', b'    ', b'\xff\xfe']
for s in samples:
    print(base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s),
          base64.b32hexencode(s), base64.b16encode(s), base64.b85encode(s),
          base64.a85encode(s))
    assert base64.b64decode(base64.b64encode(s)) == s
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
    assert base64.b16decode(base64.b16encode(s)) == s
    assert base64.b85decode(base64.b85encode(s)) == s
    assert base64.a85decode(base64.a85encode(s)) == s
    assert base64.b85decode(base64.b85encode(s, pad=True))[:len(s)] == s

print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('-_8=', altchars='-_'))
print(base64.b64decode(b'Zm9v\nYmFy'), base64.standard_b64decode('Zm9vYmFy'))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('0O1I====', map01='L'))
print(base64.b16decode('abcd', casefold=True))
print(base64.a85encode(b'hello world', adobe=True, wrapcol=5))
print(base64.a85encode(b'   x    y', foldspaces=True), base64.a85encode(b'ab', pad=True))
print(base64.a85decode(b'<~BOu!rD]j7BEbo80~>', adobe=True), base64.a85decode(b'y', foldspaces=True))
print(base64.a85decode(b'87cURD]i,"Ebo80', ignorechars=b''), base64.a85decode(b'z'))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\n'))
print(base64.b64encode(bytearray(b'ab')), base64.b64encode(memoryview(b'cd')))

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(base64.b64decode, 'Zm9v!', validate=True)
err(base64.b64decode, 'Zm9')
err(base64.b64decode, 'é')
err(base64.b64decode, 3)
err(base64.b64encode, 'text')
err(base64.b32decode, 'MZXW6')
err(base64.b32decode, 'MZXW6Y==')
err(base64.b32decode, 'MZXW6!==')
err(base64.b16decode, 'abcd')
err(base64.b16decode, '0')
err(base64.b85decode, b'|||||')
err(base64.b85decode, b'ab"cd')
err(base64.a85decode, b'uuuuu')
err(base64.a85decode, b'!z')
err(base64.a85decode, b'!!y', foldspaces=True)
err(base64.a85decode, b'abc~', adobe=True)
err(base64.a85decode, b'v')
err(base64.encodebytes, 'str')
print(isinstance(binascii.Error('x'), ValueError), base64.MAXBINSIZE, base64.MAXLINESIZE)
import io
src, dst = io.BytesIO(b'data' * 30), io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == b'data' * 30)
