# sys.settrace edge cases: turned off inside the trace function, deep recursion while
# tracing, a profile function that raises, a non-callable trace function, generators.
import sys
n = 0
def off(frame, event, arg):
    global n
    n += 1
    print("off", event, frame.f_code.co_name)
    if n == 3:
        sys.settrace(None)
    return off
def f(x):
    y = x
    z = y
    return z
sys.settrace(off)
f(1)
f(2)
print(sys.gettrace())
def rec(k):
    return rec(k + 1)
def quiet(frame, event, arg):
    return quiet
sys.settrace(quiet)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
sys.settrace(None)
def pbad(frame, event, arg):
    if event == 'c_call':
        raise ValueError("prof")
sys.settrace(quiet)
sys.setprofile(pbad)
def uses_len():
    return len([1])
try:
    uses_len()
except ValueError as e:
    print("caught", e, sys.getprofile())
sys.settrace(None)
sys.settrace(42)
def g():
    return 1
try:
    g()
except TypeError as e:
    print("TypeError", e)
print(sys.gettrace())
sys.settrace(None)
def gen():
    yield 1
    yield 2
def tg(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        print("tg", event, frame.f_lineno, arg)
    return tg
sys.settrace(tg)
for v in gen():
    print("v", v)
sys.settrace(None)
