# str % and str.format return the very str they would copy whole into an empty
# result (CPython's writer), and bytes % / str % check * widths and %c as CPython.
import sys
text = "abcde"
print("%s" % text is text, "%s" % (text,) is text, "%.5s" % text is text,
      "%.10s" % text is text, "%1s" % text is text, "%5s" % text is text)
print("%6s" % text is text, "%.4s" % text is text, "x%s" % text is text,
      "%s%s" % ("", text) is text, "%s%s" % (text, "") is text)
print(text % () is text, text % {} is text, "{0}".format(text) is text,
      text.format() is text, "{0}{1}".format(text, "") is text, "{}".format(text) is text)


class X:
    pass


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: "abc" % X())
show(lambda: "abc" % [])
show(lambda: "abc" % 5)
show(lambda: "hello".expandtabs(4, 4))
show(lambda: b"%.*d" % (sys.maxsize, 1))
show(lambda: b"%*d" % (2 ** 70, 1))
show(lambda: b"%c" % 2 ** 128)
show(lambda: b"%c" % 256)
show(lambda: b"%.*d" % (3, 7))
