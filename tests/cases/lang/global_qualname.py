# __qualname__ of functions and classes whose names the enclosing function or class
# declared `global`: named from the top, as CPython 3.11 (nonlocal changes nothing).
def f():
    global P, g
    class P:
        def m(self): pass
    def g(): pass
    class Q:
        global R
        class R: pass
    return P, g, R
P_, g_, R_ = f()
print(P_.__qualname__, P_.m.__qualname__, g_.__qualname__, R_.__qualname__)
def outer():
    def h():
        nonlocal k
        def k(): pass
        return k
    k = None
    return h()
print(outer().__qualname__)
class C:
    global G
    def G(self): pass
    class D:
        global E
        class E:
            def z(self): pass
print(G.__qualname__, E.__qualname__, E.z.__qualname__)
