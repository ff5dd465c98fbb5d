# A traceback's memory: it holds its frames, a finished frame holds its locals.
import sys, gc

def boom(obj):
    raise KeyError("k")

payload = ["payload"]
print(sys.getrefcount(payload))
try:
    boom(payload)
except KeyError as e:
    exc = e
print(sys.getrefcount(payload))
tb = exc.__traceback__
inner = tb.tb_next
print(gc.get_referents(tb) == [inner, tb.tb_frame])
print(gc.get_referents(inner) == [inner.tb_frame])
print(inner.tb_frame.f_back is tb.tb_frame)
print(payload in gc.get_referents(inner.tb_frame))
del tb, inner
exc = None
print(sys.getrefcount(payload))

# A frame object kept after its function returned keeps the locals too.
def keep(obj):
    return sys._getframe()
fr = keep(payload)
print(sys.getrefcount(payload), fr.f_locals["obj"] is payload)
fr.clear()
print(sys.getrefcount(payload), fr.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)
del fr

# A frame that refers to itself is garbage for the collector.
class Node:
    def __del__(self):
        print("Node freed")
def selfref():
    n = Node()
    me = sys._getframe()
    return me
selfref()
print("returned")
gc.collect()
print("collected")
