# sys.settrace: 'call' to the global function (its result becomes f_trace), then
# 'line', 'return' (with the value) and 'exception' (with (type, value, traceback))
# to the local one; generators get 'call' on each resumption and 'return' on each
# yield; nothing is traced inside the trace function itself.
import sys


def tr(frame, event, arg):
    a = arg
    if event == 'exception':
        a = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    elif event == 'return':
        a = arg if isinstance(arg, (int, str, list, type(None))) else type(arg).__name__
    print(event, frame.f_code.co_name, frame.f_lineno, a,
          frame.f_trace is not None and frame.f_trace.__name__,
          frame.f_back.f_code.co_name)
    return tr


def f(): return 1


def g(x):
    y = x + 1
    if y > 1:
        y = 2
    return y


def h():
    try:
        raise ValueError("v")
    except ValueError:
        pass
    try:
        1/0
    finally:
        pass


def k():
    h()


def gen():
    x = yield 1
    yield x
    return 5


class C:
    a = 1
    def m(self): return self


def loops():
    r = 0
    for i in range(2):
        r += i
    while r < 3:
        r += 1
    return r


def gen2():
    yield from gen()


sys.settrace(tr)
f()
g(3)
try:
    k()
except ZeroDivisionError:
    pass
it = gen()
next(it); it.send(7)
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
C().m()
x = [i for i in range(2)]
loops()
for v in gen2():
    pass
print(sys.gettrace() is tr)
sys.settrace(None)
print(sys.gettrace())


# Only the frames that get a local trace function see lines; None from 'call'
# leaves the frame untraced, and a 'line' returning None keeps f_trace.
def only_calls(frame, event, arg):
    print("only", event, frame.f_code.co_name)


def sel(frame, event, arg):
    if frame.f_code.co_name == 'g':
        print("sel", event, frame.f_lineno)
        return sel
    return None


sys.settrace(only_calls)
g(0)
sys.settrace(sel)
k()  if False else g(1)
sys.settrace(None)


# A trace function that raises is removed, and its exception propagates.
def bad(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'g':
        raise RuntimeError("boom")
    return bad


sys.settrace(bad)
try:
    g(1)
except RuntimeError as e:
    print("caught", e, sys.gettrace())


# f_locals inside the callback; f_trace set on a running frame.
def loc(frame, event, arg):
    if event == 'line':
        print('locals', frame.f_code.co_name, frame.f_lineno, sorted(frame.f_locals.items()))
    return loc


def w(n):
    t = n * 2
    return t


sys.settrace(loc)
w(4)
sys.settrace(None)
