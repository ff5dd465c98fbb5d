# The unicode_escape and raw_unicode_escape codecs both ways: escapes for what is
# not printable ASCII (lone surrogates each their own \\u escape), the decoders'
# escapes, errors with their spans under each handler, and raw's odd-backslash rule.
print(ascii(b"\\\\u1234".decode("raw_unicode_escape")), ascii(b"\\x\\".decode("raw_unicode_escape")), ascii(b"\\\\\\u1234".decode("raw_unicode_escape")))
for b in [b"\\x4", b"\\u12", b"\\U00110000", b"\\N{LATIN SMALL LETTER A}", b"\\N{nope}", b"\\N", b"\\N{", b"ab\\", b"\\ud800x", b"a\\\nb\\t\\'\\\"\\101\\x41\\u00e9", b"\xe9\\\\"]:
  for h in ("strict", "replace", "ignore", "backslashreplace"):
    try: print(h, ascii(b.decode("unicode_escape", h)))
    except UnicodeDecodeError as e: print(h, e.args, e)
for b in [b"\\U00110000", b"\\u12", b"\\ud800"]:
  try: print(ascii(b.decode("raw_unicode_escape")))
  except UnicodeDecodeError as e: print(e.args)
s = "a\\\t\n\r\x00\x1f\x7f\xe9\u0100\uffff\U00010000\U0010ffff\ud800\udfff"
print(s.encode("unicode_escape"), s.encode("raw_unicode_escape"))
print(s.encode("unicode_escape").decode("unicode_escape") == s, s.encode("raw_unicode_escape").decode("raw_unicode_escape") == s)
print(str(b"\\u0041", "unicode-escape"), bytes("\u20ac", "unicode_escape"))
