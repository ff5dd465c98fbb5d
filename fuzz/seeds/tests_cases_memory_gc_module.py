# Checks: gc module API: get_count after collections, callbacks with info dicts, freeze/unfreeze, thresholds, DEBUG_SAVEALL + garbage, referrers/referents, errors.
import gc
gc.collect()
print("count after full collect", gc.get_count())
gc.collect(0)
print("after gen0", gc.get_count())
gc.collect(1)
print("after gen1", gc.get_count())
log = []
def cb(phase, info):
    log.append((phase, sorted(info.items())))
gc.callbacks.append(cb)
class Cyc:
    def __init__(self):
        self.me = self
c = Cyc()
del c
found = gc.collect()
gc.callbacks.remove(cb)
print("found", found)
for entry in log:
    print(entry)
print("freeze count", gc.get_freeze_count())
gc.freeze()
print("frozen", gc.get_freeze_count() > 0, gc.get_count())
frozen_cycle = Cyc()
gc.unfreeze()
print("unfrozen", gc.get_freeze_count())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold(), gc.isenabled())
for bad in [lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.collect(3),
            lambda: gc.collect(-1), lambda: gc.set_threshold(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(gc.get_debug(), gc.DEBUG_SAVEALL, gc.DEBUG_LEAK, gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
l = []
l.append(l)
del l
print("saveall", gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
a = []
b = [a]
d = {"k": a}
print("referents", gc.get_referents(b) == [a], a in gc.get_referents(d))
refs = gc.get_referrers(a)
print("referrers", any(r is b for r in refs), any(r is d for r in refs))
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
