# '%*s' / '%.*f': the star takes any int (an int subclass too) but the width must fit
# a C ssize_t and the precision a C int (OverflowError otherwise); a non-int is
# "* wants int".
import sys


class I(int):
    pass


print(repr("%*s|" % (I(4), "ab")), repr("%.*f" % (True, 1 / 3)), repr("%-*d|" % (3, 7)))
for fmt, args in (("%*s", (sys.maxsize + 1, "")), ("%.*f", (2**31, 1.0)),
                  ("%*s", (1.5, "x")), ("%.*f", ("2", 1.0))):
    try:
        print(fmt % args)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
