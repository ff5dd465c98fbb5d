# The dispatch loop's fast forms of l[i], l[i] = v, a, b = t and x ** y (CPython's
# BINARY_SUBSCR_LIST_INT, STORE_SUBSCR_LIST_INT, UNPACK_SEQUENCE_TUPLE/LIST and the
# float/int power) must agree with the general paths in every edge case.
import sys


class L(list):
    def __getitem__(self, i):
        return ("sub", i)


class D:
    def __del__(self):
        print("D freed")


def run():
    l = [10, 20, 30]
    t = (1.5, 2.5)
    print(l[0], l[-1], l[2], t[1], t[-2], L([1])[0])
    for bad in (3, -4, 10**20):
        try:
            l[bad]
        except IndexError as e:
            print("IndexError", e)
    try:
        t[2]
    except IndexError as e:
        print("IndexError", e)
    l[1] = 99
    l[-1] = 1000.5
    print(l)
    try:
        l[5] = 0
    except IndexError as e:
        print("IndexError", e)
    holder = [D(), 1]
    holder[0] = None
    print("after store")
    print([D()][0] is not None)
    print("after temporary subscript")
    a, b = t
    c, d, e = [1000, 2000, 3000]
    print(a, b, c, d, e)
    for bad in ((1, 2, 3), [1], "xy", (i for i in range(2))):
        try:
            x, y = bad
            print("unpacked", x, y)
        except ValueError as e:
            print("ValueError", e)
    x = 1000001
    (p, q), r = (x, x), x
    print(sys.getrefcount(x) - 3)
    print(2 ** 10, 3 ** 0, (-2) ** 3, 2 ** -1, 2 ** 62, 2 ** 63, 7 ** 40)
    print(2.0 ** 0.5, 1.5 ** -2, 0.5 ** 1000, 10.0 ** 308)
    for a, b in ((0.0, -1.0), (10.0, 309.0), (float("inf"), 2.0), (-2.0, 2.0), (0.0, 0.0)):
        try:
            print(a ** b)
        except (ZeroDivisionError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)


run()
