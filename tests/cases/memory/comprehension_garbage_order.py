# What comprehensions leave behind dies in CPython's order: __del__ of objects held
# by tuples, lists, dicts and sets the comprehension built (the containers freed
# inside another container's release), weakref callbacks, and generators a builtin
# abandons (closed, running their finally blocks), all at the same moments.
import gc
import weakref

log = []

class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

def flush(label):
    print(label, log)
    log.clear()

# A list of tuples of finalizable objects, made by a comprehension and dropped.
rows = [(D('a%d' % i), D('b%d' % i)) for i in range(3)]
del rows
flush('tuples in list')

# A dict of lists (the inner lists die while the dict is being released).
table = {k: [D('%s%d' % (k, j)) for j in range(2)] for k in 'xy'}
del table
flush('lists in dict')

# Lists of tuples inside a dict inside a list: several levels queued at once.
nest = [{'t': tuple(D('n%d%d' % (i, j)) for j in range(2)), 'l': [D('m%d' % i)]} for i in range(2)]
del nest
flush('nested')

# Sets: a plain one and one that is weakly referenced (its callback runs when
# the list holding it goes).
class Key:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return isinstance(other, Key) and other.n == self.n
    def __del__(self):
        log.append('key%d' % self.n)

sets = [{Key(i), Key(i + 10)} for i in range(2)]
refs = [weakref.ref(s, lambda r, i=i: log.append('set%d gone' % i)) for i, s in enumerate(sets)]
del sets
flush('sets')
print([r() for r in refs])

# Weakly referenced instances inside tuples inside a list comprehension's result.
class W:
    pass

objs = [(W(), i) for i in range(3)]
wrs = [weakref.ref(t[0], lambda r, i=i: log.append('w%d' % i)) for i, t in enumerate(objs)]
objs = None
flush('weakrefs')

# A generator any() abandons: closed when it is dropped, its finally runs then.
def gen(items):
    try:
        for x in items:
            log.append('yield %s' % x)
            yield x
    finally:
        log.append('finally')

print(any(x > 1 for x in gen([1, 2, 3])))
flush('any over a generator')
print(any(D('g%d' % i) for i in range(3)))
flush('any over finalizable items')
print(all(d.name != 'h1' for d in [D('h0'), D('h1'), D('h2')]))
flush('all')

# A comprehension's own function, its iterator and the list it built.
class Seq:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Iter(self.n)

class Iter(D):
    def __init__(self, n):
        super().__init__('iter')
        self.i = 0
        self.n = n
    def __next__(self):
        if self.i == self.n:
            raise StopIteration
        self.i += 1
        return Item('item%d' % self.i, self.i)

class Item(D):
    # A hash of its own: a set's order must not depend on addresses.
    def __init__(self, name, n):
        super().__init__(name)
        self.n = n
    def __hash__(self):
        return self.n

print(len([x for x in Seq(3)]))
flush('iterator and items')
print(len({x.name: x for x in Seq(2)}))
flush('dict comprehension')
print(len({x for x in Seq(2)}))
flush('set comprehension')

# Nothing left for the collector.
# The same with a function frame: an iterator over a list and the list's current
# item, released when the function returns (locals in order).
def walk():
    it = iter([D('w0'), D('w1'), D('w2')])
    cur = next(it)
    cur = next(it)
    return cur.name

print(walk())
flush('frame locals')

def walk_tuple():
    it = iter(((D('t0'), D('t1')), [D('t2')]))
    cur = next(it)[1]
    return cur.name

print(walk_tuple())
flush('nested containers')

# Nothing left for the collector.
print(gc.collect())
