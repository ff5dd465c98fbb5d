# str.partition/rpartition give the separator object itself when found, and the
# text object itself with two empty strings when not (CPython's stringlib partition).
import sys
class S(str):
    pass
s = "user@example.com"
sep = "::"
t = "a::b::c"
for x, p in [(s, "@"), (t, sep), (s, "zz"), (S("q@r"), "@"), (s, S("@")), ("", "x"), ("x", "xx"), ("ab", "ab"), ("héllo wörld", "ö"), ("héllo", "zz")]:
    for f in (str.partition, str.rpartition):
        r = f(x, p)
        print(f.__name__, r, [type(i).__name__ for i in r], r[0] is x, r[1] is p, r[2] is x, sys.getrefcount(r[1]) - sys.getrefcount(p) if r[1] is p and len(p) > 1 else '')
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".partition(1)
except TypeError as e:
    print("TypeError", e)
