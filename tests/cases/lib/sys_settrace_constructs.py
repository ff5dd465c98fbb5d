# sys.settrace's line events through loops (break, continue, else), with, try/finally
# with return, comprehensions, lambdas, decorators, recursion and nested handlers.
import sys
out = []
def tr(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    out.append((event, frame.f_code.co_name, frame.f_lineno))
    return tr
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def deco(f):
    return f
def a(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        elif i > 3:
            break
        else:
            total += i
    else:
        total = -1
    while n > 0:
        n -= 1
    else:
        total += 100
    return total
def b():
    with CM() as c:
        x = 1
    try:
        return x
    finally:
        x = 2
def c(x):
    if x:
        y = 1
def d():
    l = [i * 2
         for i in range(3)
         if i]
    m = {k: v for k, v in [(1, 2)]}
    f = lambda z: z + 1
    return f(len(l)) + len(m)
@deco
def e():
    def inner():
        return 1
    return inner()
def f2(n):
    if n <= 0:
        return 0
    return f2(n - 1) + 1
def g():
    try:
        try:
            raise KeyError(1)
        except ValueError:
            pass
    except KeyError as ex:
        r = str(ex)
    return r
def h():
    x = 1; y = 2
    z = (x +
         y)
    assert z == 3
    return z
sys.settrace(tr)
a(6); b(); c(0); c(1); d(); e(); f2(2); g(); h()
class K:
    v = 1
    def m(self):
        return self.v
K().m()
sys.settrace(None)
for o in out:
    print(*o)
