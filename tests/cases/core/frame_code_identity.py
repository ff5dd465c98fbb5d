# Checks: a frame's f_code, a generator's gi_code and gi_frame.f_code, and the function's
# __code__ are one code object (and the module frame's f_code is stable while alive).
import sys
def f():
    fr = sys._getframe()
    print(fr.f_code is fr.f_code, fr.f_code is f.__code__, fr.f_code.co_name)
    g = sys._getframe(0)
    print(g is fr, fr.f_back is fr.f_back, fr.f_globals is globals())
f()
def gen():
    yield 1
x = gen()
print(x.gi_code is gen.__code__, x.gi_frame.f_code is gen.__code__)
print(f.__code__ is f.__code__)
def mk():
    def g(): pass
    return g
a, b = mk(), mk()
print(a.__code__ is b.__code__, mk.__code__.co_consts[1] is a.__code__)
print(sys._getframe().f_code is sys._getframe().f_code)
