# A generator has one frame object (gi_frame) across its yields; None when done.
import sys
def gen():
    x = 1
    yield sys._getframe()
    y = 2
    yield 2
g = gen()
f0 = g.gi_frame
print(type(f0).__name__, f0.f_code.co_name, g.gi_code.co_name)
inner = next(g)
print(inner is f0, g.gi_frame is f0, f0.f_lineno)
next(g)
print(g.gi_frame is f0, f0.f_lineno)
print(list(g), g.gi_frame)
