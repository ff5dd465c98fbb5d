# str.split() with no separator over texts longer than the window it is read in (words
# around the window edges, unicode whitespace, maxsplit reached in a later window) and
# str.replace on big texts (shrinking, growing, count) give CPython's results.
words = ["w%d" % i for i in range(40000)]
text = " ".join(words) + "  tail \u3000end\u2028 "
parts = text.split()
print(len(parts), parts[:3], parts[-4:])
print(parts == words + ["tail", "end"])
for m in (0, 1, 9999, 20000, 39999, 40000, 40001, 50000):
    p = text.split(None, m)
    print(m, len(p), p[-1][:20], len(p[-1]))
long_word = "x" * 70000
t2 = "  a " + long_word + " b\tc\n" + long_word + "\x85z  "
p = t2.split()
print(len(p), [len(s) for s in p], p[0], p[-1])
print([len(s) for s in t2.split(None, 2)])
print([len(s) for s in ("é " * 50000).split()][:3], len(("é " * 50000).split()))
print("   ".join(["", ""]).split(), "".split(), " ".split(None, 0))
big = "ab,cd." * 30000
r = big.replace(",", " ").replace(".", " ")
print(len(r), r[:14], r.count(" "))
print(len(big.replace("ab", "XYZW")), big.replace("ab", "XYZW", 2)[:20])
print(len(big.replace(",", "")), big.replace("cd", "", 3)[:16])
print(big.replace("q", "r") is big, "abc".replace("", "-"), "abc".replace("", "-", 2))
print(("héllo " * 20000).replace("é", "e")[:12], ("héllo " * 3).isalpha(), "héllo".isalpha())
