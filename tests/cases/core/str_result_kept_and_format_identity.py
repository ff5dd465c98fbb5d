# str(x) keeps what x.__str__ (or, through object.__str__, x.__repr__) returned,
# an instance of a str subclass included; format(s, spec) and the str.format /
# f-string fields give back an exact str itself when the spec leaves it unchanged.
class StrSub(str):
    pass


class WithStr:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        return self.v


class WithRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return self.v


class StrWithStr(str):
    def __new__(cls, value):
        self = str.__new__(cls, "")
        self.value = value
        return self

    def __str__(self):
        return self.value


for obj in (WithStr("abc"), WithStr(StrSub("abc")), WithRepr(StrSub("<abc>")),
            StrWithStr("abc"), StrWithStr(StrSub("abc")), StrSub("x")):
    s = str(obj)
    print(type(s).__name__, repr(s), type(format(obj)).__name__, type(f"{obj}").__name__)
print(type(StrSub(WithStr(StrSub("abc")))).__name__)
print(str(ValueError("booh")), str(KeyError("k")))

try:
    str(WithStr(3))
except TypeError as e:
    print("TypeError:", e)

text = "abcde"
print(["%s" % text is text, "%.5s" % text is text, "%5s" % text is text])
print(["{0}".format(text) is text, "{0:s}".format(text) is text,
       "{0:.5s}".format(text) is text, "{0:.10s}".format(text) is text,
       "{0:1s}".format(text) is text, "{0:5s}".format(text) is text,
       "{0:6s}".format(text) is text, "{0:.4s}".format(text) is text,
       "{0:s}{1}".format(text, "") is text, "x{0:s}".format(text) is text])
print([format(text, "s") is text, format(text, "<5") is text, format(text, "x^3.7") is text,
       f"{text:5}" is text, f"{text:6}" is text, format("", ".0") == ""])
for spec in ("+s", "#s", "=5s", "d"):
    try:
        format(text, spec)
    except ValueError as e:
        print("ValueError:", e)

# A str (bytes) subclass made from such a result holds an exact copy of its text.
class OtherSub(str):
    pass


for made in (StrSub(WithStr(StrSub("abc"))), StrSub(WithStr(OtherSub("abc"))),
             StrSub(WithRepr(StrSub("<abc>")))):
    print(type(made).__name__, made == "abc" or made == "<abc>", made, len(made), hash(made) == hash(str(made)))


class BytesSub(bytes):
    pass


class WithBytes:
    def __init__(self, v):
        self.v = v

    def __bytes__(self):
        return self.v


b = BytesSub(WithBytes(BytesSub(b"abc")))
print(type(b).__name__, b == b"abc", b, type(bytes(WithBytes(BytesSub(b"x")))).__name__)
