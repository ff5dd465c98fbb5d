# Checks: try/except/else/finally ordering, except tuples, bare except, re-raise, finally with return/break.
def f(x):
    try:
        print(" try", x)
        r = 10 // x
    except ZeroDivisionError as e:
        print(" except", type(e).__name__, e)
        return "handled"
    else:
        print(" else")
        return r
    finally:
        print(" finally")
print("f(2) ->", f(2))
print("f(0) ->", f(0))
for v in ["1", "x", None]:
    try:
        int(v)
        print("ok", v)
    except (ValueError, TypeError) as e:
        print("caught", type(e).__name__)
try:
    try:
        [][1]
    except IndexError:
        print("inner caught, re-raising")
        raise
except IndexError as e:
    print("outer caught", e)
def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(finally_return())
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print("override", finally_overrides())
for i in range(3):
    try:
        if i == 1:
            break
    finally:
        print("finally in loop", i)
try:
    {}["k"]
except:
    print("bare except")
try:
    raise KeyError("k")
except LookupError as e:
    print("base class catch", repr(e))
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("name cleared", "e" in dir())
