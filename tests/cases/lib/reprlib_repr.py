# reprlib: Repr's size limits per type (strings, ints, containers, nesting depth,
# fillvalue), subclass dispatch by type name, and recursive_repr.
import reprlib
from collections import deque
from array import array

r = reprlib.repr
print(r('x' * 100))
print(r(list(range(100))))
print(r(tuple(range(10))), r((1,)), r(()))
print(r(set(range(20))), r(frozenset(range(3))), r(set()), r(frozenset()))
print(r({i: str(i) for i in range(10)}), r({}))
print(r(2 ** 200))
print(r([[[[[[[[1]]]]]]]]))
print(r(deque(range(10))))
print(r(array('i', range(10))), r(array('d')))
print(r(object)[:14])

class Boom:
    def __repr__(self):
        raise RuntimeError('no')
print(r(Boom()).startswith('<Boom instance at 0x'))

a = reprlib.Repr()
a.maxlist = 2
a.maxstring = 10
a.fillvalue = '+++'
print(a.repr([1, 2, 3, 4]), a.repr('abcdefghijklmnop'))
print(a.maxlevel, a.maxtuple, a.maxdict, a.maxother)

class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return 'INT'
print(MyRepr().repr([1, 2, 'a']))

class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Node(%r)' % self.children

class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        """doc"""
        return 'Other(%r)' % [self]

n = Node()
n.children.append(n)
n.children.append(Node())
print(repr(n))
print(repr(Other()), Other.__repr__.__name__, Other.__repr__.__doc__,
      Other.__repr__.__qualname__)
