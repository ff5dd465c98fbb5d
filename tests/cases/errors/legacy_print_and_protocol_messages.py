# Python 2 spellings: 'print x' / 'exec x' wherever an expression may stand is
# CPython's 'Missing parentheses' error spanning the expression after the name;
# print >> f hints at print(..., file=...); a missing __exit__ is named; a raise
# cause that is no exception is 'exception causes must derive from BaseException'.
for src in ['for i in s: print i', 'x = print 1', 'f(print 1)', 'if x: exec "y"', 'print x; y', 'print x y', 'a = 1; print a', 'print -1', 'print not x', '[print x]', 'print x, y', 'print x if y else z', 'print (x) y', 'print lambda: 1']:
    try:
        compile(src, "<s>", "exec"); print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.args)
class LacksExit:
    def __enter__(self): pass
class LacksEnter:
    def __exit__(self, *a): pass
class Neither: pass
for c in (LacksExit, LacksEnter, Neither):
    try:
        with c():
            pass
    except TypeError as e:
        print(e)
try:
    raise IndexError from 5
except TypeError as e:
    print(e)
try:
    raise IndexError from IndexError
except IndexError as e:
    print(repr(e.__cause__))

    try:
        compile(src, "<s>", "exec"); print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), e.args)
try:
    print >> 5
except TypeError as e:
    print(e)
try:
    print >> [], "x"
except TypeError as e:
    print(e)
