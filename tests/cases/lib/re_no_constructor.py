# re.Match and re.Pattern cannot be called: only matching and re.compile make them.
import re, copy
for f in (lambda: re.Match(), lambda: re.Pattern(), lambda: re.Pattern("a", 0)):
    try: f()
    except TypeError as e: print("TypeError", e)
m = re.match(r"(?P<x>a)(b)?", "ab")
print(m, m.groups(), m.groupdict(), m.span(2), m.lastindex, m.lastgroup)
print([x.span() for x in re.finditer("a", "banana")], re.compile("a+", re.I))
print(copy.copy(m) is m, copy.deepcopy(re.compile("x")))
