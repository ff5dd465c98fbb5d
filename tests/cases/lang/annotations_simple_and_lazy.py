# Annotations: a class's __annotations__ is its own (a class without any gets an
# empty dict stored in its namespace, not a base's); a module's is created on first
# access; a parenthesized name `(x): int` is not "simple": it is not stored and, in a
# function, does not make x local; annotated names cannot be declared global or
# nonlocal (SyntaxError either order); f.__call__.__call__ works on method-wrappers.
import sys

class A:
    attr: int

class B(A):
    pass

print(B.__annotations__, A.__annotations__, '__annotations__' in B.__dict__)
print(B.__annotations__ is B.__annotations__)

m = type(sys)('m')
print(m.__annotations__, '__annotations__' in m.__dict__)

ns = {}
exec('(w): complex = 1j; x: int; (y): str', ns)
print(ns['__annotations__'], ns['w'])

def f2bad():
    (no_such_global): int
    print(no_such_global)

try:
    f2bad()
except NameError as e:
    print(type(e).__name__, e)

for src in ["def f():\n    x: int\n    global x\n",
            "def f():\n    global x\n    x: int\n",
            "def f():\n    x: int\n    nonlocal x\n",
            "def f():\n    nonlocal x\n    x: int\n",
            "def f():\n    (x, y): int = (1, 2)\n",
            "global x\nx: int\n"]:
    try:
        compile(src, 's', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(e)

def null(x):
    return x

@[null][0].__call__.__call__
def g():
    return 'decorated'

print(g(), len.__call__.__call__('abc'))
