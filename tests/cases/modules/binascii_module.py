# binascii: hexlify/unhexlify (and their a2b/b2a names, separators), base64 both
# ways with and without strict mode and its errors, uuencode, crc32 and crc_hqx,
# and the module's two exception classes.
import binascii

print(binascii.hexlify(b"\x00\xffabc"), binascii.b2a_hex(b"abcdef", "-", 2))
print(binascii.unhexlify(b"616263"), binascii.a2b_hex("ABcd"))
for bad in (b"a", b"nn", "\xe9\xe9"):
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    binascii.hexlify("text")
except TypeError as e:
    print(e)
for data in (b"", b"a", b"ab", b"abc", bytes(range(40))):
    enc = binascii.b2a_base64(data)
    print(enc, binascii.b2a_base64(data, newline=False) == enc[:-1],
          binascii.a2b_base64(enc) == data)
for text in (b"YWJj\n", b"YW Jj", b"YQ==", b"YQ", b"Y", b"YQ==YQ==", b"YWJjZA", b"=YQ=="):
    for strict in (False, True):
        try:
            print(text, strict, binascii.a2b_base64(text, strict_mode=strict))
        except binascii.Error as e:
            print(text, strict, "Error", e)
uu = binascii.b2a_uu(b"mempy!")
print(uu, binascii.a2b_uu(uu), binascii.b2a_uu(b"", backtick=True))
print(binascii.crc32(b"hello world"), binascii.crc32(b"hello world", 555555))
print(binascii.crc32(b""), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"", 7))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__,
      binascii.Incomplete.__name__, binascii.Incomplete.__module__)
