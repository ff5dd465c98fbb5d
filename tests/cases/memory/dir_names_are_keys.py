# dir() lists the namespaces' own (interned) key objects, not copies.
import sys
class A:
    def method(self): pass
a = A()
a.attr = 1
names = dir(a)
print([n for n in names if not n.startswith("__")])
k = [n for n in names if n == "attr"][0]
ATTR, METHOD, NAMES = "attr", "method", "names"
print(k is ATTR, k is list(a.__dict__)[0])
m = [n for n in object.__dir__(a) if n == "method"][0]
print(m is METHOD)
g = [n for n in dir() if n == "names"][0]
print(g is NAMES, g is list(globals())[list(globals()).index("names")])
setattr(a, "".join(["dy", "n"]), 2)
print([n for n in dir(a) if n == "dyn"][0] is list(a.__dict__)[1])
