# re.Scanner (a lexer over one alternation of its phrases, actions called with the
# scanner and the text) and Pattern.scanner (successive match()/search() calls
# that go on from the previous match and stop for good after a miss).
import re
from re import Scanner


def ident(scanner, token):
    return ("id", token, scanner.match.span())


lexicon = [
    (r"[a-zA-Z_]\w*", ident),
    (r"(\d+)\.(\d*)", lambda s, t: float(t)),
    (r"\d+", lambda s, t: int(t)),
    (r"=|\+|-|\*|/", lambda s, t: "op" + t),
    (r"\s+", None),
    (r";", "SEMI"),
]
sc = Scanner(lexicon)
print(sc.scan("sum = 3*foo + 312.50 + bar;"))
print(sc.scan("x = 1 ? rest"))
print(sc.scan(""))
print(Scanner([(r"a", None)]).scan("aab"))
print(Scanner([(r"(?:x)(y)", lambda s, t: t), (r"z", lambda s, t: t.upper())]).scan("xyzxyz"))
print(Scanner([(r"ab", 1)], re.I).scan("ABab"))
print(Scanner([(br"\d+", lambda s, t: int(t)), (br",", None)]).scan(b"1,22,333x"))

s = re.compile(r"\w+").scanner("ab cd  ef")
print(s.pattern.pattern, [s.search().group() for _ in range(3)], s.search())
s = re.compile(r"\w+").scanner("ab cd")
print(s.match().group(), s.match(), s.match(), s.search())
s = re.compile(r"x*").scanner("axx")
print([m.span() for m in iter(s.search, None)])
s = re.compile(r"\s").scanner("a b", 0, 2)
m = s.search()
print(m.span(), m.pos, m.endpos, s.search())
print(type(s).__name__)
try:
    type(s)()
except TypeError as e:
    print("TypeError:", e)
