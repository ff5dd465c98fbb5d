# Error handlers by name on the native codecs (namereplace joined the others),
# lookup_error, codecs.encode/decode with the bytes-to-bytes codecs (hex, base64,
# zlib, uu, rot13), escape_encode/escape_decode, and how a codec's own exception
# is wrapped ("encoding with 'x' codec failed (...)") or left alone.
import codecs


def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__)


s = "a\xe9\u20ac\U0001f600\x00b"
for enc in ["ascii", "latin-1", "utf-16-le"]:
    show(lambda: s.encode(enc, "namereplace"))
show(lambda: "\ue000".encode("ascii", "namereplace"))
show(lambda: b"\xff".decode("ascii", "namereplace"))
print(codecs.lookup_error("namereplace")(UnicodeEncodeError("ascii", "\xe9", 0, 1, "x")))
show(lambda: codecs.lookup_error("nope"))

for name, data in [("hex", b"\x01\xab"), ("base64", b"abc" * 30), ("zlib", b"abc"),
                   ("uu", b"hello world"), ("rot13", "Hello, World!")]:
    e = codecs.encode(data, name)
    print(name, codecs.lookup(name).name, ascii(e), codecs.decode(e, name) == data)
show(lambda: "abc".encode("hex"))
show(lambda: b"abc".decode("base64"))
show(lambda: codecs.encode("abc", "hex"))
show(lambda: codecs.decode(b"zz", "hex"))

print(codecs.escape_encode(b"a'\"\\\t\n\r\x00\x7f\x80"))
for b in [b"a\\x41\\n\\101\\\n", b"\\x4g", b"\\"]:
    show(lambda: codecs.escape_decode(b))
    show(lambda: codecs.escape_decode(b, "replace"))

# Exceptions from a codec: wrapped when their type holds only a message.
raised = []


def fail(*args):
    raise raised[0]


codecs.register(lambda n: codecs.CodecInfo(fail, fail, name="boom") if n == "boom" else None)


class Mine(RuntimeError):
    pass


class WithInit(RuntimeError):
    def __init__(self):
        pass


flagged = RuntimeError("flag")
flagged.attr = 1
for exc in [RuntimeError("x"), RuntimeError, RuntimeError("a", "b"), RuntimeError(1),
            Mine("m"), WithInit, flagged, KeyError("k"), OSError("o"), UnicodeError("u")]:
    raised[:] = [exc]
    show(lambda: "x".encode("boom"))
    show(lambda: codecs.decode(b"x", "boom"))

# str.encode/bytes.decode call the codecs CPython codes in C directly (by these
# names), so a handler's exception stays unwrapped; other names and codecs wrap it.
codecs.register_error("bad", lambda e: 1 / 0)
for enc in ["ascii", "latin-1", "utf-8", "utf-16", "utf-16-le", "utf-32", "unicode_escape",
            "l1", "us", "u8", "cp1252", "UTF-8", "utf 8", "utf-7"]:
    show(lambda: b"\xff\xfe\xff\xdc\xff\xff\xff\xff\x00\x81".decode(enc, "bad"))
    show(lambda: "\udcff\U0010ffff".encode(enc, "bad"))
    show(lambda: b"\xff".decode(enc, "namereplace"))

# escape_decode warns (once, at its caller) about an invalid escape.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(codecs.escape_decode(b"\\q\\777\\z"))
print([(w.category.__name__, str(w.message)) for w in caught])
