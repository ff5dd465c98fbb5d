# Instances whose attributes live in a materialised __dict__ (a name added after many
# instances of the class were made no longer fits the class's shared keys, as in
# CPython 3.11): repeated loads and stores of such attributes through the attribute
# caches keep values' refcounts, the dict's gc tracking, getsizeof and __del__ timing.
import sys, gc

class D:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print('del', self.tag)

class Sq:
    def __init__(self, pos):
        self.pos = pos
        self.color = 0

squares = [Sq(i) for i in range(60)]
for s in squares:
    s.later = None          # added after the keys stopped growing
s = squares[5]
print(sys.getsizeof(s.__dict__), len(s.__dict__), gc.is_tracked(s.__dict__))

def work(s, n):
    total = 0
    for i in range(n):
        s.later = i          # STORE_ATTR_WITH_HINT
        total += s.later     # LOAD_ATTR_WITH_HINT
        s.color = s.later + 1
    return total

t = squares[7]
print(work(t, 50), t.later, t.color, gc.is_tracked(t.__dict__))
obj = object()
base = sys.getrefcount(obj)
for i in range(3):
    t.later = obj
print(sys.getrefcount(obj) - base, t.later is obj)
t.later = 1
print(sys.getrefcount(obj) - base)
# A container stored through the hint makes the (untracked) dict tracked.
u = squares[9]
print(gc.is_tracked(u.__dict__))
for i in range(3):
    u.later = i
print(gc.is_tracked(u.__dict__))
for i in range(2):
    u.later = [i]
print(gc.is_tracked(u.__dict__), u.later)
# The old value dies at the store that replaces it.
for i in range(3):
    u.later = D(i)
    print('stored', i)
u.later = None
print('end', sys.getsizeof(u.__dict__), list(u.__dict__))
