# The truth of instances of classes without __bool__/__len__ (always true), and
# what happens when the class, a base or the metaclass gains one later.
class B: pass
class C(B): pass
c = C()
def check(x):
    n = 0
    for _ in range(3):
        if x:
            n += 1
        n += 10 if (x and 1) else 0
        n += 100 if (x or 0) is x else 0
    return n
print(check(c))
B.__len__ = lambda self: 0
print(check(c), bool(c))
del B.__len__
print(check(c))
C.__bool__ = lambda self: False
print(check(c))
C.__bool__ = lambda self: 1
try:
    check(c)
except TypeError as e:
    print("TypeError", e)
del C.__bool__
print(check(c), not c)
