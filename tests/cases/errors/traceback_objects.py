import sys, gc, traceback, types

class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

def inner():
    d = D("inner-local")
    raise ValueError("boom")

def outer():
    inner()

# A traceback keeps the raising frame's locals alive.
try:
    outer()
except ValueError as e:
    saved = e
print("handler done")
tb = saved.__traceback__
print(type(tb) is types.TracebackType, type(tb.tb_frame) is types.FrameType)
print(tb.tb_next.tb_next.tb_frame.f_locals["d"].n)
del tb
print("dropping exception")
saved = None
print("dropped")

# The classic cycle: exception -> traceback -> frame -> local -> exception.
def cyc():
    d = D("cyc-local")
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return None

gc.collect()
cyc()
print("after cyc")
print(gc.collect() > 0)

# f_back chain and f_code
def a(): return b()
def b(): return sys._getframe()
fr = a()
print(fr.f_code.co_name, fr.f_back.f_code.co_name, fr.f_back.f_back.f_code.co_name)
print(fr.f_back.f_back.f_back)
print(fr.f_globals is globals(), fr.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)
print(sys._getframe().f_lineno)
print(sys._getframe(0).f_code.co_name)
try:
    sys._getframe(100)
except ValueError as e:
    print(e)

# with_traceback and tb_next editing
try:
    outer()
except ValueError as e:
    e2 = RuntimeError("again").with_traceback(e.__traceback__)
    print(e2.__traceback__ is e.__traceback__)
    t = e.__traceback__
    print(t.tb_lineno, t.tb_next.tb_lineno, t.tb_next.tb_next.tb_lineno)
    t.tb_next = None
    print(t.tb_next)
    try:
        t.tb_next = t
    except ValueError as ex:
        print(ex)
    try:
        t.tb_next = 3
    except TypeError as ex:
        print(ex)

# re-raising adds this frame's entry on top of the old ones
def rr():
    try:
        inner()
    except ValueError as e:
        raise e
try:
    rr()
except ValueError as e:
    n = 0
    t = e.__traceback__
    while t:
        n += 1
        print(t.tb_frame.f_code.co_name, t.tb_lineno)
        t = t.tb_next


# formatting
def f3():
    x = [1, 2]
    return x[5]
try:
    f3()
except IndexError:
    print("".join(traceback.format_exc()).replace(__file__, "FILE"))
    s = traceback.format_exception(*sys.exc_info())
    print(len(s), s[0], s[-1], end="")
    tb = sys.exc_info()[2]
    for fs in traceback.extract_tb(tb):
        print(fs.name, fs.lineno, fs.line, fs.colno, fs.end_colno)
    print("".join(traceback.format_tb(tb)).replace(__file__, "FILE"))
    traceback.print_tb(tb, file=sys.stdout)
    traceback.print_exception(*sys.exc_info(), file=sys.stdout, limit=1)
    te = traceback.TracebackException.from_exception(sys.exc_info()[1])
    print(len(te.stack), list(te.format_exception_only()))

print(repr(sys.exc_info()))
print(sys.getsizeof(tb) > 0, gc.is_tracked(tb))
