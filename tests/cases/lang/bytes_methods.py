# Checks: bytes methods (codecs, hex/fromhex, searching, split/join, strip, case,
# predicates) and str.encode, with CPython's errors.
print("é".encode(), "é".encode("latin-1"), "abc".encode("ascii"), "€".encode(errors="strict"))
print("héllo".encode("UTF8"), "x".encode("Latin1"), "aé€".encode("ascii", "replace"), "aé€".encode("ascii", "ignore"))
print(b"\xc3\xa9".decode(), b"\xe9".decode("latin-1"), b"abc".decode("ascii"), b"a\xffb".decode("utf-8", "replace"))
print(b"a\xffb".decode(errors="ignore"), b"\xe2\x82\xac".decode("utf-8"), "€".encode().decode() == "€")
print(b"abc".hex(), b"".hex(), bytes.fromhex("00 ff41"), bytes.fromhex(""), type(bytes.fromhex("41")).__name__)
h = b"abcabc"
print(h.count(b"b"), h.count(b""), h.count(98), h.count(b"c", 3), h.find(b"c"), h.find(99), h.find(b"z"))
print(h.rfind(b"a"), h.index(b"b"), h.rindex(b"b"), h.find(b"a", 1, 4), h.find(b"", 10))
print(h.startswith(b"ab"), h.startswith(b"b", 1), h.endswith((b"x", b"bc")), h.endswith(b"a"))
print(b"a b  c\n".split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b" x y ".split(None, 1))
print(b",".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"-".join(x for x in [b"p", b"q"]))
print(b"aXa".replace(b"a", b"yy"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"))
print(b"  x \n".strip(), b"xxaxx".lstrip(b"x"), b"xxaxx".rstrip(b"x"), b"\t y".lstrip(), b"yz".strip(b"zy"))
print(b"aB1".upper(), b"aB1".lower(), b"12".isdigit(), b"1a".isdigit(), b"ab".isalpha(), b"".isalpha())
print(b"a1".isalnum(), b" \t".isspace(), b"ab1".islower(), b"AB1".isupper(), b"1".islower())
print(len(b"abc"), b"abc".__len__())
for expr in [
    '"é".encode("ascii")', '"aéé".encode("ascii")', '"€".encode("latin-1")', '"a".encode("foo")',
    '"é".encode("ascii", "bad")', '"a".encode("ascii", "bad")',
    'b"\\xe9".decode()', 'b"\\xe9abc".decode()', 'b"a\\xff".decode()', 'b"\\xe4\\xb8a".decode()',
    'b"\\xe4\\xb8".decode()', 'b"\\xe9".decode("ascii")', 'b"x".decode("foo")',
    'b"abc".find("a")', 'b"abc".count("a")', 'b"abc".index(b"z")', 'b"abc".rindex(b"z")',
    'b"abc".startswith("a")', 'b"abc".endswith(1)', 'b"abc".split("a")', 'b"x".split(b"")',
    'b"abc".replace("a", b"")', 'b"abc".strip("a")', 'b"".join(["a"])', 'b"".join([b"a", 1])',
    'bytes.fromhex("0g")', 'bytes.fromhex("0")', 'bytes.fromhex(1)', 'b"abc".find(256)',
]:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "!!", type(e).__name__, e)
