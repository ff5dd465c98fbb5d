# Scoping as CPython's symbol table decides it: a class's global declaration does not
# reach its methods; a global declaration anywhere makes module-level code use
# LOAD_GLOBAL/STORE_GLOBAL for the name (visible when exec gives separate locals);
# a class body reads a free variable from its own namespace first
# (LOAD_CLASSDEREF); a closure's code cannot be run by eval/exec; import * is
# only allowed at module level.
def test(x):
    class Foo:
        global x
        def __call__(self, y):
            return x + y
    return Foo()
x = 0
print(test(6)(2))
local_ns = {}
global_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
    """, local_ns, global_ns)
print(global_ns.get("result2"), global_ns.get("result9"), sorted(local_ns.keys() - {"__builtins__"}), sorted(global_ns))
def outer():
    x = 42
    class X:
        locals()["x"] = 43
        y = x
    class Z:
        z = x
    return X.y, Z.z
print(outer())
def f(x):
    return lambda: x + 1
g = f(3)
for fn in (eval, exec):
    try:
        fn(g.__code__)
    except TypeError as e:
        print(e)
for src in ["def f():\n    from sys import *\n", "class C:\n    from sys import *\n", "from sys import *\n"]:
    try:
        compile(src, "<s>", "exec"); print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset)
