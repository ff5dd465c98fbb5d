# doctest: the parser (prose and examples, indentation, PS2 lines, expected
# tracebacks, option directives) and its errors, OutputChecker's comparisons and
# difference reports, the finder over classes (methods, static/class methods,
# properties, exclude_empty, recurse), the runner's reports (quiet and verbose),
# REPORT_ONLY_FIRST_FAILURE, FAIL_FAST, summarize, run_docstring_examples,
# register_optionflag, set_unittest_reportflags and a failing DocTestCase.
import doctest, sys, io, unittest
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))
print(doctest.COMPARISON_FLAGS, doctest.REPORTING_FLAGS, doctest.BLANKLINE_MARKER, doctest.ELLIPSIS_MARKER)
p = doctest.DocTestParser()
text = '''
Some text
    >>> x = 1
    >>> x + 1
    2
    >>> def f():
    ...     return 3
    >>> f()   # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE
    3
    >>> raise ValueError('boom')
    Traceback (most recent call last):
      File "x", line 1
    ValueError: boom
    more
    >>> # just a comment
    tail text
'''
parts = p.parse(text, 'nm')
for x in parts:
    if isinstance(x, doctest.Example):
        print('EX', repr(x.source), repr(x.want), repr(x.exc_msg), x.lineno, x.indent, x.options)
    else:
        print('TXT', repr(x))
t = p.get_doctest(text, {'a': 1}, 'nm', 'file.txt', 7)
print(t, repr(t), t.name, t.filename, t.lineno, t.globs, len(t.examples))
print(t == p.get_doctest(text, {'a': 1}, 'nm', 'file.txt', 7), t != 5)
print(doctest.Example('x', 'y') == doctest.Example('x\n', 'y\n'), doctest.Example('a', '').want)
e = doctest.Example('1', '', exc_msg='E: x'); print(repr(e.exc_msg), e.options, e.lineno, e.indent)
for bad in ['>>>x', '  >>> a\n ... b', '>>> a\n  b', '>>> a # doctest: +BOGUS', '>>> # doctest: +ELLIPSIS', '>>> a\n...b']:
    try: p.parse(bad, 'bad'); print('no error', repr(bad))
    except ValueError as e: print('VE', e)
print(repr(doctest.DocTest([], {}, 'n', None, None, '')))
try: doctest.DocTest('x', {}, 'n', None, None, '')
except AssertionError as e: print('AE', e)
c = doctest.OutputChecker()
for want, got, fl in [('1\n', 'True\n', 0), ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1), ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', 0),
                      ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', doctest.DONT_ACCEPT_BLANKLINE), ('a  b\n', 'a b\n', doctest.NORMALIZE_WHITESPACE),
                      ('a...z\n', 'abcz\n', doctest.ELLIPSIS), ('...', 'x', doctest.ELLIPSIS), ('a...b...c', 'abc', doctest.ELLIPSIS), ('a...a', 'a', doctest.ELLIPSIS),
                      ('x...', 'y', doctest.ELLIPSIS), ('...x', 'y', doctest.ELLIPSIS), ('0\n', 'False\n', 0), ('a\n', 'a \n', 0), ('\n', '   \n', 0)]:
    print(repr(want), repr(got), fl, c.check_output(want, got, fl))
ex = doctest.Example('f()', 'a\nb\n')
print(c.output_difference(ex, 'a\n\nc\n', 0))
print(c.output_difference(ex, '', 0))
print(c.output_difference(doctest.Example('f()', ''), 'zz\n', 0))
print(c.output_difference(doctest.Example('f()', ''), '', 0))
print(c.output_difference(ex, 'a\n\nc\n', doctest.DONT_ACCEPT_BLANKLINE))

def sample(a):
    """Doc.

    >>> sample(2)
    4
    >>> sample(3)
    7
    >>> print('hi')
    hi
    >>> 2 ** 2  # doctest: +SKIP
    5
    """
    return a * 2

class K:
    """
    >>> K().m()
    'm'
    """
    def m(self):
        """
        >>> 1
        1
        """
        return 'm'
    @staticmethod
    def s():
        """>>> 2
        2
        """
    @classmethod
    def c(cls):
        """>>> 3
        3
        """
    @property
    def p(self):
        """>>> 4
        4
        """
    def nodoc(self): pass

finder = doctest.DocTestFinder()
for tt in finder.find(K, 'K', globs={}):
    print(tt.name, len(tt.examples), tt.lineno is not None)
for tt in doctest.DocTestFinder(exclude_empty=False).find(K, 'K', globs={}):
    print('ne', tt.name, len(tt.examples))
for tt in doctest.DocTestFinder(recurse=False).find(K, 'K', globs={}):
    print('nr', tt.name)
try: finder.find(3)
except ValueError as e: print(e)
out = []
r = doctest.DocTestRunner(verbose=False)
for tt in finder.find(sample, 'sample', globs={'sample': sample}):
    res = r.run(tt, out=out.append)
    print(res, res.failed, res.attempted, type(res).__name__)
s = ''.join(out)
import re
print(re.sub(r'File ".*?"', 'File "X"', s).replace(', line 1, in', ', line N, in'))
print(r.summarize(verbose=False))
print(r.summarize(verbose=True))
r2 = doctest.DocTestRunner(verbose=True)
out = []
for tt in finder.find(K, 'K', globs={'K': K}):
    r2.run(tt, out=out.append)
print(''.join(out))
print(r2.summarize())
print(r2.failures, r2.tries)
old = sys.stdout
sys.stdout = io.StringIO()
doctest.run_docstring_examples(sample, {'sample': sample}, name='samp')
cap = sys.stdout.getvalue()
sys.stdout = old
print(re.sub(r'File ".*?", line \d+', 'FILE', cap))
r3 = doctest.DocTestRunner(optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
out = []
r3.run(doctest.DocTestParser().get_doctest(">>> 1\n2\n>>> 3\n4\n>>> 5\n6\n", {}, 'rof', None, 0), out=out.append)
print(''.join(out))
r3 = doctest.DocTestRunner(optionflags=doctest.FAIL_FAST)
out = []
print(r3.run(doctest.DocTestParser().get_doctest(">>> 1\n2\n>>> 3\n4\n", {}, 'ff', None, 0), out=out.append))
print(''.join(out))
print(doctest.TestResults(1, 2), doctest.TestResults(1, 2).failed)
print(doctest.register_optionflag('MYFLAG'), doctest.register_optionflag('MYFLAG'))
print(doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE), doctest.set_unittest_reportflags(0))
try: doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e: print(e.args)
try: doctest.testmod(5)
except TypeError as e: print(e)
tt = doctest.DocTestParser().get_doctest(">>> 1\n1\n>>> 2\n3\n", {}, 'pkg.mod.thing', 'f.py', 10)
case = doctest.DocTestCase(tt)
print(repr(case), case.id(), case.shortDescription())
res = unittest.TestResult()
case.run(res)
print(res.testsRun, len(res.failures))
print(res.failures[0][1].splitlines()[-12:])
dfe = doctest.DocTestFailure(tt, tt.examples[0], 'got'); print(str(dfe))
ue = doctest.UnexpectedException(tt, tt.examples[0], None); print(str(ue))
