# doctest: examples in docstrings and __test__ found, run (expression values shown
# through sys.stdout, exceptions matched by their last line), option directives
# (ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL, SKIP), failures reported
# with Expected/Got, and DocTestSuite running them as unittest cases.
import doctest
import io
import sys
import unittest


def square(x):
    """
    >>> square(3)
    9
    >>> [square(i) for i in range(12)]  # doctest: +ELLIPSIS
    [0, 1, 4, ..., 121]
    >>> print(' a   b ')  # doctest: +NORMALIZE_WHITESPACE
    a b
    >>> square('x')
    Traceback (most recent call last):
      ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> int('z')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> 1/0  # doctest: +SKIP
    >>> for i in range(2): i
    0
    1
    """
    return x * x


def wrong():
    """
    >>> 1 + 1
    3
    >>> print('x')
    >>> None
    """


__test__ = {'extra': """
>>> x = 5
>>> x * 2
10
>>> print('line\\n\\nend')
line
<BLANKLINE>
end
"""}

mod = sys.modules[__name__]
finder = doctest.DocTestFinder()
tests = finder.find(mod)
print([(t.name, len(t.examples)) for t in tests])
runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
for t in tests:
    print(t.name, runner.run(t, out=out.write))
print(out.getvalue().replace(__file__, 'FILE'))
print(runner.summarize(verbose=False))
ex = doctest.DocTestParser().get_examples(">>> a = 1\n>>> a\n1\n")
print([(e.source, e.want, e.lineno) for e in ex])
suite = doctest.DocTestSuite(mod)
print(suite.countTestCases(), [repr(t) for t in suite])
r = unittest.TestResult()
suite.run(r)
print(r.testsRun, len(r.failures), len(r.errors))
