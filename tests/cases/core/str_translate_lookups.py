# str.translate looks each ASCII character up once per call (CPython's fast path
# caches the answer), and falls back to a lookup per character once a mapping result
# is not a single ASCII character.
class Counting:
    def __init__(self, table):
        self.table = table
        self.seen = []

    def __getitem__(self, k):
        self.seen.append(chr(k))
        return self.table[k]


def show(text, table):
    m = Counting(table)
    try:
        r = text.translate(m)
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(repr(r), "".join(m.seen))


show("hello world, hello.", {ord(","): None, ord("."): None})
show("abcabcabc", {ord("a"): "x"})
show("abcabcabc", {ord("a"): ord("y"), ord("b"): None})
show("abcabcabc", {ord("b"): "long"})
show("abcabcabc", {ord("b"): "é"})
show("abcabcabc", {ord("b"): 300})
show("abcabcabc", {ord("b"): 0x110000})
show("abcabcabc", {ord("c"): 3.5})
show("aé-aé-", {ord("a"): "A"})
show("", {})
show("zzz", {ord("z"): "\x7f"})
show("zzz", {ord("z"): "\x80"})
show("zzz", {ord("z"): ""})
show("qq", {ord("q"): True})


class Raising:
    def __getitem__(self, k):
        if k == ord("c"):
            raise IndexError("c")
        if k == ord("d"):
            raise ValueError("d")
        return None if k == ord("a") else k


print(repr("abcabc".translate(Raising())))
try:
    "abd".translate(Raising())
except ValueError as e:
    print("ValueError", e)
print(repr("hello, world.".translate({ord(","): None, ord("."): None})))
print(repr("hello, world.".translate(str.maketrans("lo", "01", ","))))
show("abcabc", {ord("b"): "long", ord("c"): None})
show("abccca", {ord("b"): "long", ord("c"): None})
show("abcdé", {ord("c"): None, ord("d"): None})
show("aaa", {ord("a"): 2**70})
show("aaa", {ord("a"): -1})
s = "xyz"
e = ""
print(s.translate({}) == s, e.translate({1: 2}) is e)
