# Weak references are objects the cycle collector tracks and traverses (their
# callback is a reference): a cycle holding a weakref whose callback reaches back
# into it is collectable. When the collector finds garbage it first clears every
# weakref to it, then calls the callbacks of the weakrefs that are not garbage
# themselves, in order; a weakref in the trash never calls back (CPython's
# handle_weakrefs).
import gc
import weakref

gc.disable()
log = []


def safe_callback(wr):
    log.append(('safe', wr() is None))


class C:
    def cb(self, wr):
        log.append('cb called')


c, d = C(), C()
c.other = d
d.other = c
callback = c.cb
c.wr = weakref.ref(d, callback)
d.wr = weakref.ref(callback, d.cb)
external = weakref.ref(callback, safe_callback)
wc = weakref.ref(c)
print(gc.is_tracked(external), gc.is_tracked(c.wr))
del callback, c, d
print(log)
print(gc.collect() > 0, log, external(), wc())


class Node:
    pass


seen = []
a, b = Node(), Node()
a.b, b.a = b, a
r1 = weakref.ref(a, lambda w: seen.append(('a', b_ref() is None)))
b_ref = weakref.ref(b, lambda w: seen.append('b'))
del a, b
gc.collect()
print(seen, r1(), b_ref())
print(len([o for o in gc.get_objects() if type(o) is weakref.ref]) > 0)
