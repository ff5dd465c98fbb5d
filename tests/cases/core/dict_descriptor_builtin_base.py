class Base(object): pass
class Meta1(type, Base): pass
class D(object, metaclass=Meta1): pass
dd = Base.__dict__["__dict__"]
try:
    dd.__set__(D, {})
except Exception as e: print(type(e).__name__, e)
try:
    print(dd.__get__(D) is D.__dict__, type(dd.__get__(D)))
except Exception as e: print(type(e).__name__, e)
try:
    dd.__delete__(D)
except Exception as e: print(type(e).__name__, e)
class E(Exception): pass
e = E()
e.__dict__ = {'a': 1}
print(e.a)
e = ValueError()
for v in (None, [], 1):
    try:
        e.__dict__ = v
    except Exception as x: print(type(x).__name__, x)
try:
    del e.__dict__
except Exception as x: print(type(x).__name__, x)
class C: pass
c = C()
try:
    del c.__dict__
    print(c.__dict__)
except Exception as x: print(type(x).__name__, x)
def f(): pass
f.__dict__ = {'q': 1}; print(f.q)
class E(Exception): pass
e = E()
e.__dict__ = {'a': 1}
print(e.__dict__)
e.b = 2
print(e.__dict__, e.b)
print(e.a)
class C: pass
c = C()
c.__dict__ = {'a': 1}
print(c.a)
e2 = Exception()
e2.__dict__ = {'z': 3}
print(e2.z)
