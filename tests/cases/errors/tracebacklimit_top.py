# sys.tracebacklimit cuts the interpreter's report to the innermost entries.
import sys

def f0():
    raise ValueError("deep")

def f1():
    f0()

def f2():
    f1()

sys.tracebacklimit = 2
f2()
