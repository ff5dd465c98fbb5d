# Reference counts stay put across the slower attribute and call paths: a class
# call whose __init__ is looked up (an exception class, or a class's first call),
# and a store to a read-only attribute of a builtin object.
import sys


class E(Exception):
    def __init__(self, x):
        self.x = x


f = E.__dict__['__init__']
before = sys.getrefcount(f)
for i in range(5):
    E(i)
print("exception __init__:", sys.getrefcount(f) - before)


class C:
    def __init__(self, x):
        self.x = x


g = C.__dict__['__init__']
before = sys.getrefcount(g)
for i in range(5):
    C(i)
print("first class call __init__:", sys.getrefcount(g) - before)

append = list.__dict__['append']
before = sys.getrefcount(append)
for i in range(4):
    try:
        [].append = 1
    except AttributeError as e:
        msg = str(e)
print(msg)
print("read-only store:", sys.getrefcount(append) - before)
