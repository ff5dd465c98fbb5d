import sys
def prof(frame, event, arg):
    a = arg
    if event.startswith('c_'):
        a = arg.__name__
    elif event == 'return':
        a = repr(arg)
    print(event, frame.f_code.co_name, frame.f_lineno, a)
def f(x):
    return len([x]) + 1
def g():
    try:
        int("x")
    except ValueError:
        pass
    l = []
    l.append(3)
    return sorted(l, key=abs)
sys.setprofile(prof)
f(1)
g()
print(sys.getprofile() is prof)
sys.setprofile(None)
print(sys.getprofile())

def bad(frame, event, arg):
    if event == 'line' and frame.f_lineno == 31:
        raise RuntimeError("boom")
    return bad
def victim():
    a = 1
    b = 2
    return a + b
sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("caught", e, sys.gettrace())
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
