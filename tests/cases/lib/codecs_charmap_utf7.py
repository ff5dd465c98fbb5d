# The codecs written in Python: the single-byte charmap codecs (cp1252, iso8859-15,
# cp437, koi8-r, mac-roman, the EBCDIC cp037), `charmap` with explicit tables,
# utf-7 (whole and incremental), punycode and idna, each with every built-in error
# handler, and the errors they raise.
import codecs


def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = "a\xe9\u20ac\u0410\U0001f600b"
for enc in ["cp1252", "iso8859-15", "cp437", "koi8-r", "mac-roman", "cp037", "latin-1"]:
    print(enc, codecs.lookup(enc).name)
    for eh in ["strict", "ignore", "replace", "backslashreplace", "namereplace",
               "xmlcharrefreplace"]:
        show(lambda: s.encode(enc, eh))
    show(lambda: bytes(range(0x78, 0xa0)).decode(enc))
    show(lambda: bytes(range(0x78, 0xa0)).decode(enc, "replace"))
    show(lambda: bytes(range(0x78, 0xa0)).decode(enc, "backslashreplace"))

# Aliases find the same codec.
for name in ["windows-1252", "latin9", "IBM437", "KOI8_R", "macintosh", "ebcdic-cp-us"]:
    print(name, codecs.lookup(name).name)

# charmap with a decoding string, a dict, and charmap_build's table.
show(lambda: codecs.charmap_decode(b"\x00\x01\x02", "strict", "xyz"))
show(lambda: codecs.charmap_decode(b"\x00\x01\x05", "replace", "xyz"))
show(lambda: codecs.charmap_decode(b"\x00\x01", "strict", {0: "A", 1: 0x42}))
show(lambda: codecs.charmap_decode(b"\x00\x02", "strict", {0: "A", 1: 0x42}))
table = codecs.charmap_build("xyz")
print(sorted(table.items()))
show(lambda: codecs.charmap_encode("zyx", "strict", table))
show(lambda: codecs.charmap_encode("zqqy", "strict", table))
show(lambda: codecs.charmap_encode("zqqy", "ignore", table))
show(lambda: codecs.charmap_encode("abc", "strict", {97: b"AA", 98: None, 99: 67}))
show(lambda: "abc".encode("charmap"))

# utf-7.
for t in ["Hi Mom -\u263a-!", "A\u2262\u0391.", "+", "a+b", "\U0001f600", "~\\"]:
    b = t.encode("utf-7")
    print(ascii(t), b, ascii(b.decode("utf-7")))
for b in [b"+AGE", b"+AGEA-", b"a\x80b", b"+!", b"+AG", b"+2D3", b"+2D3-x", b"+2D3cAA-"]:
    show(lambda: b.decode("utf-7"))
    show(lambda: b.decode("utf-7", "replace"))
dec = codecs.getincrementaldecoder("utf-7")()
print([ascii(dec.decode(bytes([c]))) for c in b"a+AGEAYgBj-b"], ascii(dec.decode(b"", True)))

# punycode and idna.
for t in ["b\xfccher", "\u4f8b\u5b50", "abc"]:
    p = t.encode("punycode")
    print(p, ascii(p.decode("punycode")))
for host in ["b\xfccher.example", "Example.COM", "\u4f8b\u5b50.\u6d4b\u8bd5.", "a..b"]:
    show(lambda: host.encode("idna"))
show(lambda: b"xn--bcher-kva.example".decode("idna"))
show(lambda: "x".encode("idna", "replace"))
show(lambda: ("a" * 64 + ".com").encode("idna"))
