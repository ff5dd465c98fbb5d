# NameError.name, AttributeError.name/.obj and ImportError.msg/.name/.path: set by
# the interpreter on the errors it raises, by keyword on construction; str() never
# carries the "Did you mean" hint (the traceback printer adds it).
try:
    undefined_xyz
except NameError as e:
    print(repr(e.name), str(e), e.args)

def f():
    try:
        zz
    except NameError as e:
        print(repr(e.name), str(e))
f()

try:
    prnt
except NameError as e:
    print(str(e))

g = 1
try:
    del nothing_here
except NameError as e:
    print(repr(e.name), e)

def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(repr(e.name), e)
    v = 1
outer()

def unbound():
    try:
        print(w)
    except UnboundLocalError as e:
        print(repr(e.name), e)
    w = 1
unbound()

print(repr(NameError("hi").name))
e = NameError("hi", name="q")
print(repr(e.name), str(e), e.args)
e.name = 5
print(e.name)
del e.name
print(e.name)

try:
    (1).foo
except AttributeError as e:
    print(repr(e.name), repr(e.obj), str(e))

class C:
    pass
c = C()
try:
    c.bar
except AttributeError as e:
    print(repr(e.name), e.obj is c, str(e))
try:
    C.baz
except AttributeError as e:
    print(repr(e.name), e.obj is C, str(e))
import sys
try:
    sys.nomod
except AttributeError as e:
    print(repr(e.name), e.obj is sys, str(e))
try:
    getattr(c, "qq")
except AttributeError as e:
    print(repr(e.name), e.obj is c)

e = AttributeError("x", name="n", obj=5)
print(e.name, e.obj, e.args)
e = AttributeError()
print(e.name, e.obj)

class D:
    def __getattr__(self, n):
        raise AttributeError(n)
d = D()
try:
    d.x
except AttributeError as e:
    print(repr(e.name), e.obj is d)

class Marked:
    def __getattr__(self, n):
        raise AttributeError(n, name="other", obj=None)
try:
    Marked().x
except AttributeError as e:
    print(repr(e.name), e.obj)

class E:
    __slots__ = ('a',)
try:
    E().a
except AttributeError as e:
    print(repr(e.name), str(e))
try:
    del c.nope
except AttributeError as e:
    print(repr(e.name), str(e))
try:
    (1).x = 3
except AttributeError as e:
    print(repr(e.name), str(e))

for make in [lambda: NameError("a", foo=1), lambda: AttributeError("a", foo=1),
             lambda: ImportError("a", foo=1), lambda: ValueError(a=1),
             lambda: Exception("x", k=2)]:
    try:
        make()
    except TypeError as e:
        print(e)

class MyNameError(NameError):
    pass
print(MyNameError("m", name="n").name)
try:
    MyNameError("m", bad=1)
except TypeError as e:
    print(e)
class MyError(Exception):
    pass
try:
    MyError(k=1)
except TypeError as e:
    print(e)
class KwError(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
print(KwError(1, b=3).args)

e = ImportError("boom", name="mod", path="/p")
print(e.msg, e.name, e.path, str(e), e.args)
e = ImportError("a", "b")
print(e.msg, str(e))
e.msg = "changed"
print(str(e))
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e.name, e.msg, e.path)
print(type(NameError.__dict__["name"]).__name__, NameError.__dict__["name"])
print(sorted(k for k in AttributeError.__dict__ if not k.startswith("__")))
print(sorted(k for k in ImportError.__dict__ if not k.startswith("__")))
print(NameError("x").__dict__, "name" in dir(NameError("x")))
