# Methods of `list` called on instances of a list subclass in a loop (the call
# instruction's fast paths run them on the instance's builtin part): results,
# in-place operators and iterators that must see the instance, bound methods,
# the descriptor called through the class, and the errors.
import sys

class OC(list):
    pass

class Own(list):
    def append(self, x):
        print("  Own.append", x)
        super().append(x)

def work(todo):
    out = []
    for i in range(4):
        todo.append(i)
        todo.insert(0, -i)
    while len(todo):
        out.append(todo.pop(0))
        if len(todo) > 3:
            out.append(todo.pop())
    return out

oc = OC()
print(work(oc), oc, type(oc).__name__)
oc.extend([3, 1, 2])
print(oc.index(1), oc.count(2), oc.copy(), type(oc.copy()).__name__)
oc.sort()
oc.reverse()
print(oc, oc[0], oc[-1], oc[1:], type(oc[1:]).__name__)
r = oc.__iadd__([9])
print(r is oc, type(r).__name__, oc)
it = oc.__iter__()
print(type(it).__name__, list(it), list(reversed(oc)))
ap = oc.append
for i in range(2):
    ap(i)
print(oc, ap.__self__ is oc)
list.append(oc, 7)
print(oc)
x = object()
before = sys.getrefcount(x)
for i in range(3):
    oc.append(x)
print(sys.getrefcount(x) - before, oc.count(x))
while x in oc:
    oc.remove(x)
print(sys.getrefcount(x) - before)
own = Own()
for i in range(2):
    own.append(i)
print(own)
for bad in (lambda: list.append(object(), 1), lambda: oc.pop(100), lambda: OC().pop(),
            lambda: oc.index(12345), lambda: oc.append()):
    try:
        bad()
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)
