# compile(..., optimize=N): from 1 on, asserts are left out and __debug__ is False;
# at 2 docstrings are left out too (a function's first constant is None); -1 is the
# interpreter's own level.
src = '''"""module doc"""
def g():
    "g doc"
    assert 0, "boom"
    return 'ran'
class K:
    "K doc"
r = (__debug__, globals().get("__doc__"), g.__doc__, K.__doc__, g.__code__.co_consts[0])
try:
    r += (g(),)
except AssertionError as e:
    r += ("assert " + str(e),)
if __debug__:
    r += ("debug block",)
'''
for lvl in (-1, 0, 1, 2):
    ns = {}
    exec(compile(src, 'x', 'exec', optimize=lvl), ns)
    print(lvl, ns['r'])
print(eval(compile('__debug__', 'e', 'eval', optimize=1)), eval('__debug__'))
try:
    compile('1', 'x', 'eval', optimize=3)
except ValueError as e:
    print(e)
assert True
print(__debug__)
