# A freed set or frozenset lets go of its keys in table order (CPython's set_dealloc),
# every key once, also with removed keys (dummies) and empty slots around them; a set
# dying inside another object's release lets go of them last first. Keys with small
# fixed hashes make the table order deterministic.
import gc


class K:
    def __init__(self, h, tag):
        self.h, self.tag = h, tag

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        return self is other

    def __del__(self):
        print("del", self.tag)


def run(label, build):
    print("--", label)
    s = build()
    del s
    print("after")


run("set in table order", lambda: {K(5, "five"), K(1, "one"), K(3, "three")})
run("frozenset", lambda: frozenset([K(7, "seven"), K(2, "two")]))


def with_dummies():
    ks = [K(i, "k%d" % i) for i in range(12)]
    s = set(ks)
    for k in ks[::3]:
        s.discard(k)
    del ks
    return s


run("with removed keys", with_dummies)
run("last key at the table end", lambda: {K(7, "end"), K(0, "start")})
run("empty set", set)


class Holder:
    pass


def held():
    h = Holder()
    h.s = {K(4, "a"), K(2, "b"), K(6, "c")}
    h.x = K(9, "x")
    return h


run("set freed in a holder's release", held)
gc.collect()
print("done")
