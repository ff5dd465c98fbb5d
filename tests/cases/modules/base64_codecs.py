# base64 and binascii: every codec round-trips inputs of every length remainder,
# with CPython's outputs and error messages (the byte loops are native in mempy).
import base64
import binascii

samples = [b"", b"\x00", b"ab", b"abc", b"abcd", b"\x00\x00\x00\x00", b"    ",
           bytes(range(256)), b"hello world!", b"\xff" * 7]
for data in samples:
    enc = [base64.b64encode(data), base64.urlsafe_b64encode(data), base64.b32encode(data),
           base64.b32hexencode(data), base64.b16encode(data), base64.a85encode(data),
           base64.b85encode(data), base64.a85encode(data, pad=True),
           base64.b85encode(data, pad=True), base64.a85encode(data, foldspaces=True)]
    print(len(data), [e[:24] for e in enc])
    assert base64.b64decode(enc[0]) == data
    assert base64.urlsafe_b64decode(enc[1]) == data
    assert base64.b32decode(enc[2]) == data
    assert base64.b32hexdecode(enc[3]) == data
    assert base64.b16decode(enc[4]) == data
    assert base64.a85decode(enc[5]) == data
    assert base64.b85decode(enc[6]) == data
    assert base64.a85decode(enc[9], foldspaces=True) == data

print(base64.a85encode(b"hello world", adobe=True, wrapcol=8))
print(base64.b32decode(b"mzxw6ytb", casefold=True), base64.b32decode(b"MZXW6YTB0Q======", map01=b"L"))
print(base64.b16decode(b"0aff", casefold=True), binascii.hexlify(b"\x01\x02\x03", "-"))
print(binascii.b2a_base64(b"xyz"), binascii.b2a_base64(b"xyz", newline=False))
print(binascii.a2b_base64(b"eH l6\n"), binascii.a2b_base64("eHl6"))
print(binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"abc", -1), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"x", 0x1ffff))
print(binascii.b2a_uu(b"uu data"), binascii.a2b_uu(binascii.b2a_uu(b"uu data")))

def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

err(base64.b64decode, b"abc")
err(base64.b64decode, b"a")
err(base64.b64decode, b"ab!c", validate=True)
err(base64.b64decode, b"=abc", validate=True)
err(base64.b64decode, b"ab==cd", validate=True)
err(base64.b64decode, b"ab=c=", validate=True)
err(base64.b32decode, b"MZXW6YT")
err(base64.b32decode, b"MZXW6YT!")
err(base64.b32decode, b"MZXW6===")
err(base64.b16decode, b"0g")
err(base64.b16decode, b"0aff")
err(base64.b85decode, b"ab\x00cd")
err(base64.b85decode, b"~~~~~")
err(binascii.unhexlify, b"abc")
err(binascii.unhexlify, b"zz")
err(binascii.a2b_base64, "é")
err(binascii.b2a_base64, "text")

# Quoted-printable and uuencode lines.
text = b"caf\xc3\xa9 = 100%\t\nline two with trailing space \r\n" + b"x" * 90 + b"\n.\n"
for qt in (False, True):
    for it in (False, True):
        for hd in (False, True):
            enc = binascii.b2a_qp(text, quotetabs=qt, istext=it, header=hd)
            print(qt, it, hd, enc, binascii.a2b_qp(enc, header=hd))
print(binascii.a2b_qp(b"a=3D=3db=\r\nc=\nd==e=zz_f"), binascii.a2b_qp(b"a_b", header=True))
err(binascii.a2b_uu, b"!!!!")
err(binascii.a2b_uu, b"!\x00")
print(binascii.a2b_uu(b"!!`` \n"), binascii.a2b_uu(b"#"))
