# A variable of an enclosing scope subscripted by a local (`pool[i]` in a
# comprehension or closure): items, errors and counts as for any subscript.
import sys


def outer():
    pool = (10, 20, 30)
    l = [1.5, 2.5]
    d = {0: "z", 1: "o"}
    print([pool[i] for i in range(3)])
    print([pool[i] + i for i in range(3)])
    print([d[i] for i in range(2)])
    print([l[i] * i for i in range(2)])
    print(tuple(pool[i] for i in (2, 1, 0)))
    print(sorted({pool[i] - i for i in range(3)}))

    def g(j):
        return pool[j] - j, pool[-j], sys.getrefcount(l[j - 1])

    print(g(1), g(2))
    try:
        print([pool[i] for i in range(5)])
    except IndexError as e:
        print("IndexError", e)
    try:
        print([d[i] for i in range(3)])
    except KeyError as e:
        print("KeyError", e)

    def h():
        i = 0
        return late[i]

    try:
        h()
    except NameError as e:
        print("NameError", e)
    late = [7]
    print(h())

    def k(i):
        del i
        return pool[i]

    try:
        k(1)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)

    def setter(i, v):
        l[i] = v

    setter(0, "x")
    setter(-1, 99)
    print(l)


outer()
