# `%r` of an exact str or int in a format of bare conversions (a fast path) gives
# CPython's text, quotes and escapes included; other arguments take the general path.
class S(str):
    def __repr__(self):
        return "S!"


for v in ["abc", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "é", "\x00\x7f",
          "\ud800", 7, -12, 10**20, True, None, 2.5, S("x"), ("t",)]:
    try:
        print("value: %r" % (v,), "%s=%r" % ("k", v), "%r%%" % (v,), "[%d]" % 3 + "%r" % (v,))
    except TypeError as e:
        print("TypeError", e)
print("%r and %r" % ("a", 1), "%r" % "solo", "%r" % 5)
try:
    print("%r %r" % ("only",))
except TypeError as e:
    print("TypeError", e)
try:
    print("%r" % ("a", "b"))
except TypeError as e:
    print("TypeError", e)
