# Checks: try/except* semantics: each clause sees the matching subgroup, sys.exception() is the match, the unmatched rest re-raised as a group, a naked exception wrapped (and re-raised naked), raises in clauses combined with the rest, bare raise keeps the original, except* ExceptionGroup is a TypeError, else/finally, loops inside a clause.
import sys
def f(exc):
    try:
        raise exc
    except* ValueError as e:
        print("V", repr(e), sys.exception() is e)
    except* TypeError as e:
        print("T", repr(e))
    print("after")

f(ExceptionGroup("eg", [ValueError(1), TypeError(2)]))
f(ValueError(5))
try:
    f(ExceptionGroup("eg", [ValueError(1), KeyError(2)]))
except ExceptionGroup as e:
    print("rest", repr(e))
try:
    f(KeyError(3))
except KeyError as e:
    print("naked rest", repr(e))

def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("x")
    except* TypeError:
        pass
try:
    g()
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))

def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
try:
    h()
except ExceptionGroup as e:
    print("reraised", repr(e))
def k():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
try:
    k()
except TypeError as e:
    print(e, repr(e.__context__))
try:
    try:
        raise ValueError(2)
    except* ValueError as e:
        print(repr(e), e.__traceback__ is not None, repr(e.exceptions[0]))
        raise
except ValueError as e:
    print("naked reraised", repr(e))
except ExceptionGroup as e:
    print("group", repr(e))
try:
    pass
except* ValueError:
    pass
else:
    print("else")
finally:
    print("finally")
for i in range(2):
    try:
        raise TypeError(i)
    except* TypeError:
        for j in range(3):
            if j == 1: break
        print("ok", i, j)
