# \N{...} escapes: Unicode names and aliases in any case, algorithmic CJK and Hangul
# names, and CPython's errors for malformed escapes and unknown names.
print("\N{GREEK SMALL LETTER ALPHA}\N{LATIN CAPITAL LETTER A WITH GRAVE}")
print("\N{snowman}", len("\N{SNOWMAN}"), hex(ord("\N{EMPTY SET}")))
print(ascii("\N{LINE FEED}\N{BYTE ORDER MARK}\N{NO-BREAK SPACE}"))
print("\N{CJK UNIFIED IDEOGRAPH-4E00}", "\N{HANGUL SYLLABLE GA}", "\N{Latin Small Letter A}")
print("a\N{DIGIT ONE}b", f"{1}\N{DIGIT TWO}", "\N{SPACE}" == " ")
print(b"\N{SNOWMAN}", r"\N{SNOWMAN}")
import re
print(re.findall(r"\N{DIGIT ONE}+", "a11b1"))
for src in [r"'\N{no such character}'", r"'\N{'", r"'\N'", r"'\N{}'", r"'\Nx'", r"'ab\N{SPACE'",
            r"'ab\N{bad}cd'"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(src, "->", e.msg)
