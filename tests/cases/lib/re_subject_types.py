# re matches any str or bytes-like subject (str and bytes subclasses, bytearray,
# memoryview, array) and hands out pieces of exact str/bytes type, never through
# the subject's own __getitem__; other objects are refused.
import array
import re


class S(str):
    def __getitem__(self, index):
        return S(super().__getitem__(index))


class B(bytes):
    def __getitem__(self, index):
        return B(super().__getitem__(index))


for subject in [S("a:b::c"), B(b"a:b::c"), bytearray(b"a:b::c"), memoryview(b"a:b::c"),
                array.array("b", b"a:b::c")]:
    pat = re.compile(r"(\w):" if isinstance(subject, str) else rb"(\w):")
    m = pat.search(subject)
    print(type(subject).__name__, m.group(), type(m.group()).__name__,
          type(m.group(1)).__name__, m.span())
    print(pat.findall(subject), [type(x).__name__ for x in pat.split(subject)])
    r = pat.sub("-" if isinstance(subject, str) else b"-", subject)
    print(r, type(r).__name__)
for bad in [1, None, [1]]:
    try:
        re.search("a", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.search("a", b"abc")
except TypeError as e:
    print("TypeError:", e)
try:
    re.search("a", memoryview(b"abc"))
except TypeError as e:
    print("TypeError:", e)
