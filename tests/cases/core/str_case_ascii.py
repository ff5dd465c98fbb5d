# Case mapping and classification of ASCII text (a fast path) agree with the general
# Unicode tables on every ASCII character and on mixed text.
import sys

ascii_all = "".join(chr(i) for i in range(128))
samples = [
    "", "a", "A", "1", " ", "hello world", "HELLO WORLD", "Hello World", "hello-world's x1y",
    " user 123 ", "o'neil mc2b", "ABC def GHI", "aBc DeF", "123", "12a", "a1", "\t\n",
    "x\x00y", ascii_all, ascii_all[::-1], "straße", "ǅungla", "ÉCOLE école",
]
for s in samples:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
    print(s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
          s.islower(), s.isupper(), s.istitle())
for i in range(128):
    c = chr(i)
    r = (c.title(), c.capitalize(), c.swapcase(), c.casefold(), c.isdigit(), c.isdecimal(),
         c.isnumeric(), c.isalpha(), c.isalnum(), c.islower(), c.isupper())
    sys.stdout.write("%d:%r " % (i, r))
print()
# Results are new strs, or the one-character singletons CPython shares.
w = "word"
print(w.title() is w, w.capitalize() == "Word", "a".title() is "A".lower().upper())
a, e = "a", ""
print(a.upper() is a.upper(), a.title() is a.title(), a.lower() is a, a.swapcase() is a.swapcase(),
      a.capitalize() is a.capitalize(), a.casefold() is a, "é".upper() is "é".upper(),
      e.upper() is e, e.title() is e, e.capitalize() is e, e.swapcase() is e, e.casefold() is e)
