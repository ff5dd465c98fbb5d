# Checks: string literals, escapes, indexing, concatenation, repetition, comparison, len, repr quoting.
s = "hello"
print(s, len(s), s[0], s[-1], s[1:3], s[::-1], s[::2])
print("concat", s + " world", s * 3, 3 * "ab")
print("in", "ell" in s, "z" not in s)
print("cmp", "abc" < "abd", "Z" < "a", "abc" == "abc", "ab" < "abc")
print("repr", repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("nl\n"))
print("escapes", "a\tb", "c\\d", "\x41\u00e9\u4e2d")
print("raw", r"a\nb", len(r"\n"))
print("triple", """line1
line2""")
print("adjacent" " literals")
print("ord/chr", ord("A"), ord("é"), chr(97), chr(0x4e2d))
print("unicode len", len("héllo"), len("中文"), "中文"[1])
print("repr nonprint", repr("\x00\x7f"), repr("é"))
