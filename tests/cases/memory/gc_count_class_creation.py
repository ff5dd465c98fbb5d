# gc.get_count() around class creation after a full collection: the weak reference
# (and, for a class's first subclass, the dict) CPython's add_subclass keeps in the
# base's tp_subclasses, type_new_set_names' namespace copy, and __slots__' sorted
# list and ht_slots tuple.
import gc
gcnt = gc.get_count
res = []
def probe(label, fn):
    gc.collect()
    gcnt()
    a = gcnt()[0]
    fn()
    b = gcnt()[0]
    res.append((label, b - a))
def c1():
    class A: pass
def c3():
    class A:
        def f(self): pass
def c4():
    class A:
        __slots__ = ()
def c5():
    class A:
        __slots__ = ('a', 'b')
class Base: pass
def c7():
    type('A', (), {})
def c8():
    type('A', (Base,), {})
def keep():
    global K
    class K: pass
probe('plain', c1)
probe('method', c3)
probe('empty slots', c4)
probe('slots', c5)
probe('type()', c7)
probe('type() subclass', c8)
probe('keep', keep)
probe('instance', lambda: K())
print(res)
gc.collect()
print(gc.get_count())
class Node:
    def __init__(self): self.next = None
print(gc.get_count())
n = Node()
print(gc.get_count())
