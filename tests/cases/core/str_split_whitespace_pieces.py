# str.split() with no separator: the words (ASCII and Unicode whitespace, the
# \x1c..\x1f separators), maxsplit keeping the rest's trailing whitespace, the list's
# allocation, and one-character words being the shared single-character strs.
import sys

texts = ["a b  c", "  lead and trail  ", "", "   ", "one",
         "tab\tsep\nnl\x0bvt\x0cff\rcr\x1cfs\x1dgs\x1eRS\x1fUS end",
         "h\xe9llo w\xf6rld  \xfcn\xefcode\u3000ideo\u2003em",
         "x\xa0nbsp y\x85nel z", "a b c d e f g h i j k l m n"]
for t in texts:
    for m in (-1, 0, 1, 2, 5):
        r = t.split(None, m)
        print(repr(r), sys.getsizeof(r))
        assert r == t.split(maxsplit=m)
words = "x y \xe9 long-word".split()
print([w is c for w, c in zip(words, "xy\xe9")])
big = " ".join("w%d" % (i % 50) for i in range(20000)).split()
print(len(big), big[:3], big[-2:], sys.getsizeof(big))
