# doctest: DebugRunner (DocTestFailure / UnexpectedException, the namespace kept
# on failure and cleared on success), testmod(raise_on_error=True),
# DocTestCase.debug(), script_from_examples and testsource.
import doctest, sys


def documented():
    """Double.

    >>> documented()
    2
    >>> print('x')
    x
    """
    return 2


r = doctest.DebugRunner(verbose=False)
t = doctest.DocTestParser().get_doctest('>>> z = 1\n>>> z\n2\n', {}, 'dbg', 'f.py', 0)
try:
    r.run(t)
except doctest.DocTestFailure as f:
    print('fail', repr(f.example.source), repr(f.got), sorted(f.test.globs))
t = doctest.DocTestParser().get_doctest('>>> 1/0\n', {}, 'dbg2', 'f.py', 0)
try:
    r.run(t)
except doctest.UnexpectedException as f:
    print('unexpected', f.exc_info[0].__name__, repr(f.example.source), f)
t = doctest.DocTestParser().get_doctest('>>> 1\n1\n', {'q': 1}, 'dbg3', 'f.py', 0)
print(r.run(t), t.globs, r.failures, r.tries)
case = doctest.DocTestCase(doctest.DocTestParser().get_doctest(
    '>>> 3\n4\n', {}, 'c.d', 'f.py', 0))
try:
    case.debug()
except doctest.DocTestFailure as f:
    print('debug', repr(f.got))
print(doctest.script_from_examples(r'''
   Set x and y to 1 and 2.
   >>> x, y = 1, 2

   Print their sum:
   >>> print(x+y)
   3
   >>> for i in range(2):
   ...     i
   0
   1
   >>> raise KeyError('k')
   Traceback (most recent call last):
   KeyError: 'k'

   trailing text
   more
'''))
for text in ['>>> 1\n1\n', 'just text\n\n', '', '\n\n>>> a\n\n\n']:
    print(repr(doctest.script_from_examples(text)))
mod = sys.modules[__name__]
print(doctest.testsource(mod, '__main__.documented'))
try:
    doctest.testsource(mod, 'nothing')
except ValueError as e:
    print(e.args)
print(doctest.testmod(mod, raise_on_error=False, report=False))
try:
    doctest.testmod(mod, raise_on_error=True, report=False,
                    extraglobs={'documented': lambda: 3})
except doctest.DocTestFailure as f:
    print('testmod raised', f.test.name, repr(f.got))
print([n for n in doctest.__all__ if not n.startswith('debug')])
