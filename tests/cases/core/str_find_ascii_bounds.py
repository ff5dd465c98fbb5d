# str.find / rfind with start and end on ASCII and non-ASCII text: negative,
# past-the-end and crossed bounds, the empty needle, and a needle outside the text's
# character range (ASCII text takes a path without character-to-byte walks).
for s in ['abcabc', 'ab\u00e9ab\u00e9', '']:
    for sub in ['b', 'abc', '', '\u00e9', 'z']:
        for start, end in [(None, None), (1, None), (-2, None), (2, 4), (4, 2), (6, None),
                           (7, None), (0, -1), (-100, 100), (3, 3)]:
            args = () if start is None else (start,) if end is None else (start, end)
            print(repr(s), repr(sub), args, s.find(sub, *args), s.rfind(sub, *args))
text = 'x' * 5000 + '"y"'
print(text.find('"', 4000), text.rfind('"', 0, 5002), text.find('"', 5001, 5003))
