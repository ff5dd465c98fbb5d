"""mempy's stand-in for CPython's `unittest` package (one module here; compiled
from this source at first import).

Owns the xUnit framework used by test scripts and by tools/cpython-tests:
TestCase (fixtures, cleanups, subTest, skipTest and the assert methods, with
CPython's failure messages and ndiff diffs), FunctionTestCase, TestSuite and
BaseTestSuite (with class and module fixtures), TestLoader, TestResult,
TextTestResult, TextTestRunner (CPython's report text at verbosity 0, 1 and 2),
main/TestProgram (-v, -q, -f, -c, -b, --locals, -k and test names), skip,
skipIf, skipUnless, expectedFailure, SkipTest, module cleanups and the
signal-handler functions (no-ops). Written for mempy from the documented
behaviour and from comparing its output with python3's.

Not provided here: unittest.mock (see unittest_mock.py), assertLogs, output buffering,
discovery (`python -m unittest discover`) and the deprecated assert aliases.
IsolatedAsyncioTestCase runs each test on its own asyncio.Runner.

Attribute names that test code and subclasses commonly reach into
(_testMethodName, _outcome, _cleanups, _type_equality_funcs, _formatMessage,
_callSetUp/_callTestMethod/_callTearDown/_callCleanup, _previousTestClass,
tearDown_exceptions, ...) keep their usual spelling.
"""

import sys
import time
import difflib
import pprint
import warnings

# Frames of modules defining __unittest are left out of failure tracebacks.
__unittest = True

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader',
           'FunctionTestCase', 'main', 'defaultTestLoader', 'SkipTest', 'skip',
           'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult',
           'installHandler', 'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'IsolatedAsyncioTestCase']


# ============================================================================
# Text helpers

_REPR_LIMIT = 80          # longest repr shown whole in a message


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ when repr() fails; with
    `short`, cut to _REPR_LIMIT characters."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _REPR_LIMIT:
        text = text[:_REPR_LIMIT] + ' [truncated]...'
    return text


def strclass(cls):
    return cls.__module__ + '.' + cls.__qualname__


def _squeeze(text, head, tail):
    # Keep `head` leading and `tail` trailing characters, replacing the middle
    # with "[N chars]" when that saves enough (more than 12 characters).
    dropped = len(text) - head - tail
    if dropped <= 12:
        return text
    return '%s[%d chars]%s' % (text[:head], dropped, text[len(text) - tail:])


def _pair_reprs(*objs):
    """The reprs of objs for an "a != b" message: when one is too long, the
    part they share is squeezed first, then (if still needed) each tail."""
    texts = [safe_repr(o) for o in objs]
    longest = max(map(len, texts))
    if longest <= _REPR_LIMIT:
        return tuple(texts)
    low, high = min(texts), max(texts)
    shared = 0
    while shared < len(low) and low[shared] == high[shared]:
        shared += 1
    common = texts[0][:shared]
    # Room left for the shared part once the longest tail, 5 leading
    # characters and a "[N chars]" marker (12) are counted.
    room = _REPR_LIMIT - (longest - shared + 5 + 12)
    if room > 5:
        common = _squeeze(common, 5, room)
        return tuple(common + t[shared:] for t in texts)
    common = _squeeze(common, 5, 5)
    return tuple(common + _squeeze(t[shared:], 41, 5) for t in texts)


def _ndiff_text(a_lines, b_lines, sep='\n'):
    return sep.join(difflib.ndiff(a_lines, b_lines))


# ============================================================================
# Skipping and expected failures

class SkipTest(Exception):
    """Raised to skip the running test (TestCase.skipTest raises it)."""


class _ShouldStop(Exception):
    # Unwinds a test after a subtest failure under failfast.
    pass


class _UnexpectedSuccess(Exception):
    pass


def _keep(thing):
    return thing


def skip(reason):
    """Decorator marking a test method or TestCase class as skipped."""
    def mark(item):
        if not isinstance(item, type):
            original = item

            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            skipped.__name__ = getattr(original, '__name__', 'skip_wrapper')
            skipped.__qualname__ = getattr(original, '__qualname__',
                                           skipped.__name__)
            skipped.__doc__ = getattr(original, '__doc__', None)
            item = skipped
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if callable(reason) and not isinstance(reason, str):
        # Used bare, as @skip: the "reason" is the decorated item.
        item, reason = reason, ''
        return mark(item)
    return mark


def skipIf(condition, reason):
    """skip(reason) when condition is true, else leave the test alone."""
    return skip(reason) if condition else _keep


def skipUnless(condition, reason):
    """skip(reason) unless condition is true."""
    return _keep if condition else skip(reason)


def expectedFailure(test_item):
    """Mark a test that is expected to fail (a pass is then reported)."""
    test_item.__unittest_expecting_failure__ = True
    return test_item


_NOTHING = object()


def _marker_of(method, name, default):
    # Decorator marks live on the function; a bound method may not pass
    # attribute reads through, so look at __func__ too.
    found = getattr(method, name, _NOTHING)
    if found is _NOTHING:
        found = getattr(getattr(method, '__func__', None), name, default)
    return found


def _skip_reason(test_class, method):
    # (skipped?, why) from the class's and the method's skip marks.
    if getattr(test_class, '__unittest_skip__', False) or \
            _marker_of(method, '__unittest_skip__', False):
        why = getattr(test_class, '__unittest_skip_why__', '') or \
            _marker_of(method, '__unittest_skip_why__', '')
        return True, why
    return False, None


# ============================================================================
# Where a failure happened (mempy has no traceback objects for these)

def _in_unittest(filename):
    return filename.startswith('<frozen unittest') or filename.endswith('unittest.py')


_stack_source = []


def _failure_frames():
    """(file, line, function, None) for the innermost run of frames outside
    this module below the unittest machinery: the test code that failed."""
    if not _stack_source:
        try:
            import mempy
            _stack_source.append(mempy.stack)
        except Exception:
            _stack_source.append(None)
    grab = _stack_source[0]
    if grab is None:
        return None
    frames = grab()
    stop = len(frames)
    while stop and _in_unittest(frames[stop - 1]['file']):
        stop -= 1
    begin = stop
    while begin and not _in_unittest(frames[begin - 1]['file']):
        begin -= 1
    found = []
    for frame in frames[begin:stop]:
        func = frame['function']
        if func.endswith('()'):
            func = func[:-2]
        if not func.startswith('<'):
            func = func.rsplit('.', 1)[-1]
        found.append((frame['file'], frame['line'], func, None))
    return found


# ============================================================================
# assertRaises / assertRaisesRegex

def _is_exception_spec(spec, base=BaseException):
    def one(t):
        return isinstance(t, type) and issubclass(t, base)
    if isinstance(spec, tuple):
        return bool(spec) and all(one(t) for t in spec)
    return one(spec)


class _AssertRaisesContext:
    """The context manager assertRaises/assertRaisesRegex hand back; after the
    block, .exception holds what was raised."""

    # What the first argument must name (assertWarns wants warning classes).
    _base = BaseException
    _base_text = 'an exception type or tuple of exception types'

    def __init__(self, expected, test_case,
                 expected_regex=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None
        self.exception = None

    def _complain(self, text):
        case = self.test_case
        case._flunk(case._formatMessage(self.msg, text))

    def handle(self, name, args,
               kwargs):
        if not _is_exception_spec(self.expected, self._base):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_text))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for this '
                                'function' % (next(iter(kwargs)),))
            return self
        func, rest = args[0], args[1:]
        self.obj_name = getattr(func, '__name__', None) or str(func)
        with self:
            func(*rest, **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value,
                 tb):
        if exc_type is None:
            wanted = getattr(self.expected, '__name__', None)
            if wanted is None:
                wanted = str(self.expected)
            if self.obj_name:
                self._complain('%s not raised by %s' % (wanted, self.obj_name))
            self._complain('%s not raised' % wanted)
        if not issubclass(exc_type, self.expected):
            return False        # not ours: let it propagate
        try:
            exc_value = exc_value.with_traceback(None)
        except AttributeError:
            pass
        self.exception = exc_value
        pattern = self.expected_regex
        if pattern is None:
            return True
        if isinstance(pattern, str):
            import re
            pattern = re.compile(pattern)
        if not pattern.search(str(exc_value)):
            self._complain('"%s" does not match "%s"'
                           % (pattern.pattern, str(exc_value)))
        return True


class _AssertWarnsContext(_AssertRaisesContext):
    """The context manager assertWarns/assertWarnsRegex hand back: the block runs
    with every warning recorded (filter 'always'); afterwards .warning is the
    first matching warning, .filename and .lineno where it was issued, and
    .warnings all that were recorded."""

    _base = Warning
    _base_text = 'a warning type or tuple of warning types'

    def __enter__(self):
        # CPython's assertWarns uses the `warnings` global of unittest.case, which
        # a test may replace (`unittest.case.warnings = other_warnings_module`);
        # mempy's unittest.case is a view of this module, so the name is read there.
        case = sys.modules.get('unittest.case')
        warnings = getattr(case, 'warnings', None) or globals()['warnings']
        # A warning already shown once from some module would be kept quiet by
        # that module's registry; forget them so the block's warnings reach us.
        for module in list(sys.modules.values()):
            registry = getattr(module, '__warningregistry__', None)
            if registry:
                registry.clear()
        self._catcher = warnings.catch_warnings(record=True)
        self.warnings = self._catcher.__enter__()
        warnings.simplefilter('always')
        return self

    def __exit__(self, exc_type, exc_value,
                 tb):
        self._catcher.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False        # the block raised: not ours to judge
        pattern = self.expected_regex
        if isinstance(pattern, str):
            import re
            pattern = re.compile(pattern)
        first = None
        for record in self.warnings:
            if not isinstance(record.message, self.expected):
                continue
            if first is None:
                first = record
            if pattern is not None and not pattern.search(str(record.message)):
                continue
            self.warning = record.message
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first is not None:
            self._complain('"%s" does not match "%s"'
                           % (pattern.pattern, str(first.message)))
        wanted = getattr(self.expected, '__name__', None)
        if wanted is None:
            wanted = str(self.expected)
        if self.obj_name:
            self._complain('%s not triggered by %s' % (wanted, self.obj_name))
        self._complain('%s not triggered' % wanted)


# ============================================================================
# Running one test: the outcome record and subtests

class _Outcome:
    """How the test being run is going; shared with its subtests."""

    def __init__(self, result=None):
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.expecting_failure = False
        self.success = True
        self.expectedFailure = None

    def _record(self, test_case, exc_info):
        # An exception from the test (or one of its subtests) went uncaught.
        if self.expecting_failure:
            self.expectedFailure = exc_info
            return
        self.success = False
        if isinstance(test_case, _SubTest):
            self.result.addSubTest(test_case.test_case, test_case, exc_info)
        else:
            _report_exception(self.result, test_case, exc_info)

    def run_part(self, test_case, fn, isTest=False):
        """Call fn(), booking a skip, failure or error against test_case."""
        went_well_before = self.success
        self.success = True
        try:
            fn()
        except KeyboardInterrupt:
            raise
        except SkipTest as exc:
            self.success = False
            _report_skip(self.result, test_case, str(exc))
        except _ShouldStop:
            pass
        except BaseException as exc:
            self._record(test_case, (type(exc), exc, exc.__traceback__))
        else:
            if self.success and self.result_supports_subtests and \
                    isinstance(test_case, _SubTest):
                self.result.addSubTest(test_case.test_case, test_case, None)
        self.success = self.success and went_well_before


def _report_skip(result, test, reason):
    book = getattr(result, 'addSkip', None)
    if book is None:
        result.addSuccess(test)
    else:
        book(test, reason)


def _report_exception(result, test, exc_info):
    # Failures are exceptions of the test's failureException; the rest errors.
    if result is None or exc_info is None:
        return
    if issubclass(exc_info[0], test.failureException):
        result.addFailure(test, exc_info)
    else:
        result.addError(test, exc_info)


_NO_MESSAGE = object()     # subTest() called without a message


class _SubTestBlock:
    """What TestCase.subTest returns: runs its block as a subtest, so that a
    failure there is reported and the test goes on."""

    def __init__(self, test_case, msg, params):
        self._case = test_case
        self._msg = msg
        self._params = params
        self._outer = None
        self._live = False
        self._outer_success = True

    def __enter__(self):
        case = self._case
        outcome = case._outcome
        if outcome is None or not outcome.result_supports_subtests:
            return None
        self._live = True
        self._outer = case._subtest
        # Parameters of enclosing subtests are inherited; the inner win.
        params = dict(self._params)
        if self._outer is not None:
            for key, value in self._outer.params.items():
                params.setdefault(key, value)
        case._subtest = _SubTest(case, self._msg, params)
        self._outer_success = outcome.success
        outcome.success = True
        return None

    def __exit__(self, exc_type, exc_value,
                 tb):
        if not self._live:
            return False
        case = self._case
        outcome = case._outcome
        sub = case._subtest
        case._subtest = self._outer
        if exc_type is None:
            if outcome.success:
                outcome.result.addSubTest(case, sub, None)
        elif issubclass(exc_type, KeyboardInterrupt):
            return False
        elif issubclass(exc_type, SkipTest):
            outcome.success = False
            _report_skip(outcome.result, sub, str(exc_value))
        elif not issubclass(exc_type, _ShouldStop):
            outcome._record(sub, (exc_type, exc_value, tb))
        failed_here = not outcome.success
        outcome.success = outcome.success and self._outer_success
        if failed_here:
            if outcome.result is not None and outcome.result.failfast:
                raise _ShouldStop
        elif outcome.expectedFailure:
            raise _ShouldStop
        return True


# ============================================================================
# TestCase

def _make_ordering_assert(name, holds, wording):
    def check(self, a, b, msg=None):
        if not holds(a, b):
            text = '%s %s %s' % (safe_repr(a), wording, safe_repr(b))
            self._flunk(self._formatMessage(msg, text))
    check.__name__ = name
    check.__qualname__ = 'TestCase.' + name
    return check


class TestCase:
    """One test: a test method of a subclass, run between setUp and tearDown.

    Class attributes: failureException (what the asserts raise), longMessage
    (append a custom msg to the standard one rather than replace it) and
    maxDiff (longest diff shown; None for no limit).
    """

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16      # longer strings are not diffed
    _classSetupFailed = False
    _class_cleanups = []

    def __init_subclass__(cls, *args,
                          **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self,
                 methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        method = getattr(self, methodName, _NOTHING)
        if method is not _NOTHING:
            self._testMethodDoc = method.__doc__
        elif methodName != 'runTest':
            raise ValueError("no such test method in %s: %s"
                             % (self.__class__, methodName))
        self._cleanups = []
        self._subtest = None
        # Type-specific assertEqual helpers, by method name.
        self._type_equality_funcs = {}
        for kind, checker in ((dict, 'assertDictEqual'),
                              (list, 'assertListEqual'),
                              (tuple, 'assertTupleEqual'),
                              (set, 'assertSetEqual'),
                              (frozenset, 'assertSetEqual'),
                              (str, 'assertMultiLineEqual')):
            self.addTypeEqualityFunc(kind, checker)

    # -- fixtures and cleanups ---------------------------------------------------

    def addTypeEqualityFunc(self, typeobj,
                            function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args,
                   **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        kind = type(cm)
        value = kind.__enter__(cm)
        self.addCleanup(kind.__exit__, cm, None, None, None)
        return value

    @classmethod
    def addClassCleanup(cls, function, /, *args,
                        **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        kind = type(cm)
        value = kind.__enter__(cm)
        cls.addClassCleanup(kind.__exit__, cm, None, None, None)
        return value

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    # -- identity ----------------------------------------------------------------

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        if not doc:
            return None
        return doc.strip().split('\n')[0].strip()

    def id(self):
        return strclass(self.__class__) + '.' + self._testMethodName

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        name = self._testMethodName
        return '%s (%s.%s)' % (name, strclass(self.__class__), name)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__),
                                       self._testMethodName)

    def subTest(self, msg=_NO_MESSAGE, **params):
        """Context manager: run the block as a subtest described by msg and
        params; its failure is reported without ending the test."""
        return _SubTestBlock(self, msg, params)

    # -- running -----------------------------------------------------------------

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        method()

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args,
                     **kwargs):
        function(*args, **kwargs)

    def _addExpectedFailure(self, result,
                            exc_info):
        book = getattr(result, 'addExpectedFailure', None)
        if book is None:
            result.addSuccess(self)
        else:
            book(self, exc_info)

    def _addUnexpectedSuccess(self,
                              result):
        book = getattr(result, 'addUnexpectedSuccess', None)
        if book is not None:
            book(self)
            return
        # A result without the hook sees it as a failure.
        try:
            raise _UnexpectedSuccess
        except _UnexpectedSuccess as exc:
            result.addFailure(self, (type(exc), exc, exc.__traceback__))

    def run(self, result=None):
        finish = None
        if result is None:
            result = self.defaultTestResult()
            begin = getattr(result, 'startTestRun', None)
            finish = getattr(result, 'stopTestRun', None)
            if begin is not None:
                begin()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            skipped, why = _skip_reason(self.__class__, method)
            if skipped:
                _report_skip(result, self, why)
                return result
            expecting = bool(
                getattr(self, '__unittest_expecting_failure__', False)
                or _marker_of(method, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            self._outcome = outcome
            try:
                self._run_phases(outcome, method, expecting)
                if outcome.success:
                    if not expecting:
                        result.addSuccess(self)
                    elif outcome.expectedFailure:
                        self._addExpectedFailure(result, outcome.expectedFailure)
                    else:
                        self._addUnexpectedSuccess(result)
                return result
            finally:
                outcome.expectedFailure = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if finish is not None:
                finish()

    def _run_phases(self, outcome, method, expecting):
        # setUp; then (if it worked) the test and tearDown; cleanups always.
        outcome.run_part(self, self._callSetUp)
        if outcome.success:
            outcome.expecting_failure = expecting
            outcome.run_part(self, lambda: self._callTestMethod(method), True)
            outcome.expecting_failure = False
            outcome.run_part(self, self._callTearDown)
        self.doCleanups()

    def doCleanups(self):
        """Run the registered cleanups, last added first."""
        outcome = self._outcome or _Outcome()
        pending = self._cleanups
        while pending:
            entry = pending.pop()
            outcome.run_part(self, lambda: self._callCleanup(
                entry[0], *entry[1], **entry[2]))
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Run the class cleanups; what they raise goes to
        cls.tearDown_exceptions."""
        cls.tearDown_exceptions = problems = []
        pending = cls._class_cleanups
        while pending:
            call, call_args, call_kwargs = pending.pop()
            try:
                call(*call_args, **call_kwargs)
            except Exception as exc:
                problems.append((type(exc), exc, exc.__traceback__))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without a result, letting exceptions through."""
        method = getattr(self, self._testMethodName)
        skipped, why = _skip_reason(self.__class__, method)
        if skipped:
            raise SkipTest(why)
        self._callSetUp()
        self._callTestMethod(method)
        self._callTearDown()
        # Cleanups too run unguarded, last registered first.
        pending = self._cleanups
        while pending:
            call, call_args, call_kwargs = pending.pop()
            self._callCleanup(call, *call_args, **call_kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    # -- failing -----------------------------------------------------------------

    def _flunk(self, msg):
        problem = self.failureException(msg)
        if problem.__traceback__ is None:
            frames = _failure_frames()
            if frames:
                try:
                    problem._mempy_stack = frames
                except Exception:
                    pass
        raise problem

    def fail(self, msg=None):
        """Fail the test with msg."""
        self._flunk(msg)

    def _formatMessage(self, msg,
                       standardMsg):
        # The standard text, the user's msg, or both (longMessage).
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def _truncateMessage(self, message,
                         diff):
        limit = self.maxDiff
        if limit is not None and len(diff) > limit:
            return message + ('\nDiff is %s characters long. '
                              'Set self.maxDiff to None to see it.' % len(diff))
        return message + diff

    def _fail_with(self, msg, text):
        self._flunk(self._formatMessage(msg, text))

    # -- the asserts -------------------------------------------------------------

    def assertTrue(self, expr,
                   msg=None):
        if not expr:
            self._fail_with(msg, '%s is not true' % safe_repr(expr))

    def assertFalse(self, expr,
                    msg=None):
        if expr:
            self._fail_with(msg, '%s is not false' % safe_repr(expr))

    def assertRaises(self, expected_exception, *args,
                     **kwargs):
        """Check that the callable (or the `with` block) raises
        expected_exception."""
        checker = _AssertRaisesContext(expected_exception, self)
        return checker.handle('assertRaises', args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex,
                          *args, **kwargs):
        """assertRaises that also wants the message to match expected_regex."""
        checker = _AssertRaisesContext(expected_exception, self, expected_regex)
        return checker.handle('assertRaisesRegex', args, kwargs)

    def assertWarns(self, expected_warning, *args,
                    **kwargs):
        """Check that the callable (or the `with` block) issues expected_warning."""
        checker = _AssertWarnsContext(expected_warning, self)
        return checker.handle('assertWarns', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex,
                         *args, **kwargs):
        """assertWarns that also wants the warning's text to match expected_regex."""
        checker = _AssertWarnsContext(expected_warning, self, expected_regex)
        return checker.handle('assertWarnsRegex', args, kwargs)

    def _getAssertEqualityFunc(self, first,
                               second):
        # The type-specific comparer when both have the same registered type.
        if type(first) == type(second):
            special = self._type_equality_funcs.get(type(first))
            if special is not None:
                if isinstance(special, str):
                    special = getattr(self, special)
                return special
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second,
                         msg=None):
        if not first == second:
            self._fail_with(msg, '%s != %s' % _pair_reprs(first, second))

    def assertEqual(self, first, second,
                    msg=None):
        self._getAssertEqualityFunc(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second,
                       msg=None):
        if not first != second:
            self._fail_with(msg, '%s == %s' % (safe_repr(first),
                                               safe_repr(second)))

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        """first and second differ by at most delta, or agree to `places`
        decimal places (7 by default)."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if gap <= delta:
                return
            text = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(gap))
        else:
            places = 7 if places is None else places
            if round(gap, places) == 0:
                return
            text = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(gap))
        self._fail_with(msg, text)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        gap = abs(first - second)
        if delta is not None:
            if first != second and gap > delta:
                return
            text = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(gap))
        else:
            places = 7 if places is None else places
            if first != second and round(gap, places) != 0:
                return
            text = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        self._fail_with(msg, text)

    def assertSequenceEqual(self, seq1, seq2, msg=None,
                            seq_type=None):
        """Compare two sequences item by item, describing the first
        difference and showing a diff of their pretty forms."""
        if seq_type is None:
            kind = 'sequence'
        else:
            kind = seq_type.__name__
            for which, seq in (('First', seq1), ('Second', seq2)):
                if not isinstance(seq, seq_type):
                    self._flunk('%s sequence is not a %s: %s'
                                % (which, kind, safe_repr(seq)))
        text = self._describe_sequences(seq1, seq2, kind, seq_type)
        if text is None:
            return
        diff = '\n' + _ndiff_text(pprint.pformat(seq1).splitlines(),
                                  pprint.pformat(seq2).splitlines())
        self._fail_with(msg, self._truncateMessage(text, diff))

    def _describe_sequences(self, seq1, seq2, kind, seq_type):
        # None when the sequences count as equal, else the explanation.
        sizes = []
        for which, seq in (('First', seq1), ('Second', seq2)):
            try:
                sizes.append(len(seq))
            except (TypeError, NotImplementedError):
                return '%s %s has no length.    Non-sequence?' % (which, kind)
        len1, len2 = sizes
        if seq1 == seq2:
            return None
        text = '%ss differ: %s != %s\n' % (
            (kind.capitalize(),) + _pair_reprs(seq1, seq2))
        unindexable = (TypeError, IndexError, NotImplementedError)
        for i in range(min(len1, len2)):
            try:
                a = seq1[i]
            except unindexable:
                text += ('\nUnable to index element %d of first %s\n'
                         % (i, kind))
                break
            try:
                b = seq2[i]
            except unindexable:
                text += ('\nUnable to index element %d of second %s\n'
                         % (i, kind))
                break
            if a != b:
                text += ('\nFirst differing element %d:\n%s\n%s\n'
                         % ((i,) + _pair_reprs(a, b)))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                # Same items in sequences of different types: that is fine.
                return None
        if len1 != len2:
            longer, which, extra_at = ((seq1, 'First', len2) if len1 > len2
                                       else (seq2, 'Second', len1))
            text += ('\n%s %s contains %d additional elements.\n'
                     % (which, kind, abs(len1 - len2)))
            try:
                text += ('First extra element %d:\n%s\n'
                         % (extra_at, safe_repr(longer[extra_at])))
            except unindexable:
                text += ('Unable to index element %d of %s %s\n'
                         % (extra_at, which.lower(), kind))
        return text

    def assertListEqual(self, list1, list2,
                        msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2,
                         msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2,
                       msg=None):
        """Compare two sets, listing what each has that the other lacks."""
        only = []
        for which, a, b in (('first', set1, set2), ('second', set2, set1)):
            try:
                only.append(a.difference(b))
            except TypeError as exc:
                self.fail('invalid type when attempting set difference: %s'
                          % exc)
            except AttributeError as exc:
                self.fail('%s argument does not support set difference: %s'
                          % (which, exc))
        in_first, in_second = only
        if not in_first and not in_second:
            return
        lines = []
        if in_first:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(x) for x in in_first)
        if in_second:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(x) for x in in_second)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container,
                 msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (
                safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container,
                    msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (
                safe_repr(member), safe_repr(container))))

    def assertIs(self, expr1, expr2,
                 msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (
                safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2,
                    msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(
                msg, 'unexpectedly identical: %s' % safe_repr(expr1)))

    def assertDictEqual(self, d1, d2,
                        msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 == d2:
            return
        text = '%s != %s' % _pair_reprs(d1, d2)
        diff = '\n' + _ndiff_text(pprint.pformat(d1).splitlines(),
                                  pprint.pformat(d2).splitlines())
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    def assertCountEqual(self, first, second,
                         msg=None):
        """The same elements the same number of times, in any order."""
        a, b = list(first), list(second)
        try:
            mismatches = _tally_mismatches(_tally(a), _tally(b))
        except TypeError:       # unhashable elements
            mismatches = _slow_tally_mismatches(a, b)
        if not mismatches:
            return
        lines = '\n'.join('First has %d, Second has %d:  %r' % m
                          for m in mismatches)
        text = self._truncateMessage('Element counts were not equal:\n', lines)
        self.fail(self._formatMessage(msg, text))

    def assertMultiLineEqual(self, first, second,
                             msg=None):
        """Compare two strings, showing a line diff when they differ."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first == second:
            return
        limit = self._diffThreshold
        if len(first) > limit or len(second) > limit:
            self._baseAssertEqual(first, second, msg)
        a_lines = first.splitlines(True)
        b_lines = second.splitlines(True)
        if len(a_lines) == 1 and first.strip('\r\n') == first:
            # One line without a newline: add one so ndiff's hints line up.
            a_lines = [first + '\n']
            b_lines = [second + '\n']
        text = '%s != %s' % _pair_reprs(first, second)
        diff = '\n' + _ndiff_text(a_lines, b_lines, '')
        self.fail(self._formatMessage(msg, self._truncateMessage(text, diff)))

    assertLess = _make_ordering_assert(
        'assertLess', lambda a, b: a < b, 'not less than')
    assertLessEqual = _make_ordering_assert(
        'assertLessEqual', lambda a, b: a <= b, 'not less than or equal to')
    assertGreater = _make_ordering_assert(
        'assertGreater', lambda a, b: a > b, 'not greater than')
    assertGreaterEqual = _make_ordering_assert(
        'assertGreaterEqual', lambda a, b: a >= b,
        'not greater than or equal to')

    def assertIsNone(self, obj,
                     msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % safe_repr(obj)))

    def assertIsNotNone(self, obj,
                        msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls,
                         msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls,
                            msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(
                msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex,
                    msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            if not expected_regex:
                raise AssertionError('expected_regex must not be empty.')
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self.fail(self._formatMessage(
                msg, "Regex didn't match: %r not found in %r"
                % (expected_regex.pattern, text)))

    def assertNotRegex(self, text, unexpected_regex,
                       msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            self.fail(self._formatMessage(
                msg, 'Regex matched: %r matches %r in %r'
                % (text[found.start():found.end()], unexpected_regex.pattern,
                   text)))


def _tally(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


def _tally_mismatches(first, second):
    # (count in first, count in second, element) wherever the counts differ,
    # in order of first appearance (first's elements, then second's).
    out = [(n, second.get(x, 0), x) for x, n in first.items()
           if n != second.get(x, 0)]
    out += [(0, n, x) for x, n in second.items() if x not in first]
    return out


def _slow_tally_mismatches(first, second):
    # The same for unhashable elements, by pairwise == (quadratic).
    a, b = list(first), list(second)
    gone = object()
    out = []
    for i, item in enumerate(a):
        if item is gone:
            continue
        in_a = 0
        for j in range(i, len(a)):
            if a[j] == item:
                in_a += 1
                a[j] = gone
        in_b = 0
        for j, other in enumerate(b):
            if other == item:
                in_b += 1
                b[j] = gone
        if in_a != in_b:
            out.append((in_a, in_b, item))
    for i, item in enumerate(b):
        if item is gone:
            continue
        in_b = 0
        for j in range(i, len(b)):
            if b[j] == item:
                in_b += 1
                b[j] = gone
        out.append((0, in_b, item))
    return out


class _SubTest(TestCase):
    """Stands for one subTest block of a test in reports."""

    def __init__(self, test_case, message,
                 params):
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException
        self._testMethodName = test_case._testMethodName
        self._testMethodDoc = test_case._testMethodDoc
        self._outcome = None
        self._cleanups = []
        self._subtest = None

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        words = []
        if self._message is not _NO_MESSAGE:
            words.append('[%s]' % (self._message,))
        if self.params:
            words.append('(%s)' % ', '.join(
                '%s=%r' % item for item in self.params.items()))
        return ' '.join(words) or '(<subtest>)'

    def id(self):
        return '%s %s' % (self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__),
                                       self._testMethodName)


class FunctionTestCase(TestCase):
    """A test made from a plain function, with optional setUp/tearDown
    functions."""

    def __init__(self, testFunc, setUp=None, tearDown=None,
                 description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        if not doc:
            return None
        return doc.split('\n')[0].strip() or None


# ============================================================================
# Results

class TestResult:
    """Collects what happened to the tests that were run: failures and errors
    (with their traceback text), skips, expected failures, unexpected
    successes, and the number run."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None,
                 verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.collectedDurations = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._mirrorOutput = False

    def printErrors(self):
        pass

    def startTest(self, test):
        self.testsRun += 1
        self._mirrorOutput = False

    def startTestRun(self):
        pass

    def stopTest(self, test):
        self._mirrorOutput = False

    def stopTestRun(self):
        pass

    def _book(self, into, test, err):
        into.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addError(self, test, err):
        self._book(self.errors, test, err)
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self._book(self.failures, test, err)
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest,
                   err):
        if err is None:
            return
        if self.failfast:
            self.stop()
        failed = issubclass(err[0], test.failureException)
        self._book(self.failures if failed else self.errors, subtest, err)

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test,
                           err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self,
                             test):
        self.unexpectedSuccesses.append(test)
        if self.failfast:
            self.stop()

    def addDuration(self, test, elapsed):
        self.collectedDurations.append((str(test), elapsed))

    def wasSuccessful(self):
        if self.failures or self.errors:
            return False
        return not getattr(self, 'unexpectedSuccesses', ())

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err,
                            test):
        import traceback
        kind, value, tb = err
        tb = self._clean_tracebacks(kind, value, tb, test)
        shown = traceback.TracebackException(kind, value, tb, compact=True)
        return ''.join(shown.format())

    def _clean_tracebacks(self, exctype, value, tb,
                          test):
        # Drop the unittest frames from the traceback of the exception and of
        # every exception chained to it; returns the cleaned outer traceback.
        outer = _NOTHING
        seen = set()
        while value is not None and id(value) not in seen:
            seen.add(id(value))
            while tb is not None and self._is_relevant_tb_level(tb):
                tb = tb.tb_next
            if exctype is test.failureException and tb is not None:
                self._remove_unittest_tb_frames(tb)
            if outer is _NOTHING:
                outer = tb
            try:
                value.__traceback__ = tb
            except Exception:
                pass
            value = value.__cause__ or value.__context__
            if value is not None:
                exctype = type(value)
                tb = value.__traceback__
        return None if outer is _NOTHING else outer

    def _is_relevant_tb_level(self,
                              tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _remove_unittest_tb_frames(self,
                                   tb):
        # Cut the traceback where the unittest frames (the assert) begin.
        last_kept = None
        while tb and not self._is_relevant_tb_level(tb):
            last_kept = tb
            tb = tb.tb_next
        if last_kept is not None:
            last_kept.tb_next = None

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(self.__class__), self.testsRun, len(self.errors),
            len(self.failures))


class _WritelnDecorator:
    """A stream with a writeln() added."""

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def write(self, arg):
        self.stream.write(arg)

    def flush(self):
        flush = getattr(self.stream, 'flush', None)
        if flush is not None:
            flush()

    def writeln(self, arg=None):
        if arg:
            self.stream.write(arg)
        self.stream.write('\n')


class TextTestResult(TestResult):
    """A TestResult that reports progress to a stream: one line per test at
    verbosity 2, one character per test at verbosity 1."""

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity, *, durations=None):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True
        self.durations = durations

    def getDescription(self, test):
        first_doc_line = test.shortDescription()
        if self.descriptions and first_doc_line:
            return str(test) + '\n' + first_doc_line
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test) + ' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test,
                      status):
        # Subtest lines (and statuses after other output) restate the test.
        sub = isinstance(test, _SubTest)
        if sub or self._newline:
            if not self._newline:
                self.stream.writeln()
            if sub:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test) + ' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def _show(self, test, word, char):
        if self.showAll:
            self._write_status(test, word)
        elif self.dots:
            self.stream.write(char)
            self.stream.flush()

    def _show_line(self, word, char):
        # Expected failures and unexpected successes: no test name repeated.
        if self.showAll:
            self.stream.writeln(word)
        elif self.dots:
            self.stream.write(char)
        else:
            return
        self.stream.flush()

    def addSubTest(self, test, subtest,
                   err):
        if err is not None:
            if issubclass(err[0], subtest.failureException):
                self._show(subtest, 'FAIL', 'F')
            else:
                self._show(subtest, 'ERROR', 'E')
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        self._show(test, 'ok', '.')

    def addError(self, test, err):
        super().addError(test, err)
        self._show(test, 'ERROR', 'E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._show(test, 'FAIL', 'F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._show(test, 'skipped %r' % (reason,), 's')

    def addExpectedFailure(self, test,
                           err):
        super().addExpectedFailure(test, err)
        self._show_line('expected failure', 'x')

    def addUnexpectedSuccess(self,
                             test):
        super().addUnexpectedSuccess(test)
        self._show_line('unexpected success', 'u')

    def printErrors(self):
        out = self.stream
        if self.dots or self.showAll:
            out.writeln()
            out.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        surprises = getattr(self, 'unexpectedSuccesses', ())
        if surprises:
            out.writeln(self.separator1)
            for test in surprises:
                out.writeln('UNEXPECTED SUCCESS: ' + self.getDescription(test))
            out.flush()

    def printErrorList(self, flavour,
                       errors):
        out = self.stream
        for test, text in errors:
            out.writeln(self.separator1)
            out.writeln('%s: %s' % (flavour, self.getDescription(test)))
            out.writeln(self.separator2)
            out.writeln('%s' % text)
            out.flush()


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp/asyncTearDown and async
    cleanups are coroutines, all run on one asyncio.Runner per test and in one
    contextvars context (setUp/tearDown and sync cleanups run in it too)."""

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        import contextvars
        self._asyncioRunner = None
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # A coroutine function as a cleanup: _callCleanup awaits it.
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter the async context manager and schedule its __aexit__ as a
        cleanup; returns what __aenter__ gave."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            leave = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return result

    def _callSetUp(self):
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            import warnings
            warnings.warn(f'It is deprecated to return a value that is not None '
                          f'from a test case ({method})', DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        return self._asyncioRunner.run(func(*args, **kwargs),
                                       context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        import inspect
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs),
                                           context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        import asyncio
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        runner = self._asyncioRunner
        self._asyncioRunner = None
        runner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioRunner is not None:
            self._tearDownAsyncioRunner()


class TextTestRunner:
    """Runs a test or suite with a TextTestResult and prints the summary (to
    sys.stderr unless another stream is given)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False):
        self.stream = _WritelnDecorator(sys.stderr if stream is None else stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        began = time.perf_counter()
        hook = getattr(result, 'startTestRun', None)
        if hook is not None:
            hook()
        try:
            test(result)
        finally:
            hook = getattr(result, 'stopTestRun', None)
            if hook is not None:
                hook()
        took = time.perf_counter() - began
        result.printErrors()
        self._summary(result, took)
        return result

    def _summary(self, result, took):
        out = self.stream
        if hasattr(result, 'separator2'):
            out.writeln(result.separator2)
        count = result.testsRun
        out.writeln('Ran %d test%s in %.3fs' % (count, '' if count == 1 else 's',
                                               took))
        out.writeln()
        notes = []
        if result.wasSuccessful():
            out.write('OK')
        else:
            out.write('FAILED')
            for label, items in (('failures', result.failures),
                                 ('errors', result.errors)):
                if items:
                    notes.append('%s=%d' % (label, len(items)))
        for label, items in (('skipped', result.skipped),
                             ('expected failures', result.expectedFailures),
                             ('unexpected successes',
                              result.unexpectedSuccesses)):
            if items:
                notes.append('%s=%d' % (label, len(items)))
        if notes:
            out.writeln(' (%s)' % ', '.join(notes))
        else:
            out.write('\n')
        out.flush()


# ============================================================================
# Suites and the class/module fixtures

class _ErrorHolder:
    """Stands in reports for a fixture (setUpClass, setUpModule, ...) that
    raised."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _is_single_test(test):
    # A test case, as opposed to a (iterable) suite.
    try:
        iter(test)
    except TypeError:
        return True
    return False


class BaseTestSuite:
    """An ordered collection of tests (cases or other suites)."""

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return self._removed_tests + sum(
            t.countTestCases() for t in self if t)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('%r is not callable' % (test,))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        for test in self:
            test.debug()


class _DebugResult:
    # What TestSuite.debug runs with: fixture errors are raised, not booked.
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


class TestSuite(BaseTestSuite):
    """A suite that also runs setUpClass/tearDownClass and
    setUpModule/tearDownModule as the tests it runs move between classes and
    modules."""

    def run(self, result, debug=False):
        outermost = getattr(result, '_testRunEntered', False) is False
        if outermost:
            result._testRunEntered = True
        for test in self:
            if result.shouldStop:
                break
            if _is_single_test(test) and not self._enter_fixtures(test, result):
                continue
            if debug:
                test.debug()
            else:
                test(result)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def _enter_fixtures(self, test, result):
        # Moving on to a test of another class (or module) ends the previous
        # class's (module's) fixtures and starts the new ones. False when a
        # failed setUpClass / setUpModule means the test must not run.
        cls = test.__class__
        self._tearDownPreviousClass(test, result)
        self._handleModuleFixture(test, result)
        self._handleClassSetUp(test, result)
        result._previousTestClass = cls
        return not (getattr(cls, '_classSetupFailed', False)
                    or getattr(result, '_moduleSetUpFailed', False))

    def debug(self):
        self.run(_DebugResult(), True)

    @staticmethod
    def _fixture_error(result, exc, phase, where, info=None):
        # Book an exception from a class or module fixture against a
        # placeholder named "phase (where)"; a SkipTest there is a skip.
        holder = _ErrorHolder('%s (%s)' % (phase, where))
        if isinstance(exc, SkipTest) and getattr(result, 'addSkip', None):
            result.addSkip(holder, str(exc))
        else:
            result.addError(holder, info or (type(exc), exc, exc.__traceback__))

    @staticmethod
    def _set_class_flag(cls, failed):
        try:
            cls._classSetupFailed = failed
        except TypeError:
            pass

    def _handleClassSetUp(self, test,
                          result):
        cls = test.__class__
        if cls == getattr(result, '_previousTestClass', None):
            return
        if result._moduleSetUpFailed or getattr(cls, '__unittest_skip__', False):
            return
        self._set_class_flag(cls, False)
        set_up = getattr(cls, 'setUpClass', None)
        if set_up is None:
            return
        name = strclass(cls)
        try:
            set_up()
        except Exception as exc:
            if _debugging(result):
                raise
            self._set_class_flag(cls, True)
            self._fixture_error(result, exc, 'setUpClass', name)
            cleanups = getattr(cls, 'doClassCleanups', None)
            if cleanups is not None:
                cleanups()
                for info in cls.tearDown_exceptions:
                    self._fixture_error(result, info[1], 'setUpClass', name,
                                        info)

    @staticmethod
    def _previous_module(result):
        cls = getattr(result, '_previousTestClass', None)
        return None if cls is None else cls.__module__

    def _handleModuleFixture(self, test,
                             result):
        name = test.__class__.__module__
        if name == self._previous_module(result):
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(name)
        set_up = getattr(module, 'setUpModule', None) if module else None
        if set_up is None:
            return
        try:
            set_up()
        except Exception as exc:
            if _debugging(result):
                raise
            result._moduleSetUpFailed = True
            self._fixture_error(result, exc, 'setUpModule', name)
        if result._moduleSetUpFailed:
            try:
                doModuleCleanups()
            except Exception as exc:
                self._fixture_error(result, exc, 'setUpModule', name)

    def _handleModuleTearDown(self,
                              result):
        name = self._previous_module(result)
        if name is None or result._moduleSetUpFailed:
            return
        module = sys.modules.get(name)
        if module is None:
            return
        tear_down = getattr(module, 'tearDownModule', None)
        steps = [] if tear_down is None else [tear_down]
        steps.append(doModuleCleanups)
        for step in steps:
            try:
                step()
            except Exception as exc:
                if _debugging(result):
                    raise
                self._fixture_error(result, exc, 'tearDownModule', name)

    def _tearDownPreviousClass(self, test,
                               result):
        cls = getattr(result, '_previousTestClass', None)
        if cls is None or cls == test.__class__:
            return
        if getattr(cls, '_classSetupFailed', False) or \
                getattr(result, '_moduleSetUpFailed', False) or \
                getattr(cls, '__unittest_skip__', False):
            return
        tear_down = getattr(cls, 'tearDownClass', None)
        cleanups = getattr(cls, 'doClassCleanups', None)
        name = strclass(cls)
        if tear_down is not None:
            try:
                tear_down()
            except Exception as exc:
                if _debugging(result):
                    raise
                self._fixture_error(result, exc, 'tearDownClass', name)
        if cleanups is not None:
            cleanups()
            for info in cls.tearDown_exceptions:
                if _debugging(result):
                    raise info[1]
                self._fixture_error(result, info[1], 'tearDownClass', name,
                                    info)


def _debugging(result):
    # Under debug() fixture exceptions propagate instead of being booked.
    return isinstance(result, _DebugResult)


_module_cleanups = []


def addModuleCleanup(function, /, *args,
                     **kwargs):
    """Register function(*args, **kwargs) to run after the module's tests."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    kind = type(cm)
    value = kind.__enter__(cm)
    addModuleCleanup(kind.__exit__, cm, None, None, None)
    return value


def doModuleCleanups():
    """Run the module cleanups, last first; re-raise the first exception."""
    problems = []
    while _module_cleanups:
        call, call_args, call_kwargs = _module_cleanups.pop()
        try:
            call(*call_args, **call_kwargs)
        except Exception as exc:
            problems.append(exc)
    if problems:
        raise problems[0]


# ============================================================================
# Loading tests

def _import(name):
    found = sys.modules.get(name)
    if found is None:
        space = {}
        exec('import %s as _found' % name, space)
        found = space['_found']
    return found


def _three_way(x, y):
    return (x > y) - (x < y)


def _sorted_by_cmp(items, cmp):
    # A stable merge sort driven by an old-style cmp function.
    items = list(items)
    if len(items) < 2:
        return items
    half = len(items) // 2
    left = _sorted_by_cmp(items[:half], cmp)
    right = _sorted_by_cmp(items[half:], cmp)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if cmp(right[j], left[i]) < 0:     # ties keep the left one first
            merged.append(right[j])
            j += 1
        else:
            merged.append(left[i])
            i += 1
    return merged + left[i:] + right[j:]


def _wildcard_match(name, pattern):
    """fnmatch-style matching, case-sensitive: '*', '?' and '[...]' (with
    ranges and a leading '!')."""
    def at(i, j):
        while j < len(pattern):
            c = pattern[j]
            if c == '*':
                return any(at(k, j + 1) for k in range(i, len(name) + 1))
            if i >= len(name):
                return False
            if c == '[':
                close = pattern.find(']', j + 2)
                if close >= 0:
                    if not _in_char_class(name[i], pattern[j + 1:close]):
                        return False
                    i += 1
                    j = close + 1
                    continue
            if c != '?' and c != name[i]:
                return False
            i += 1
            j += 1
        return i == len(name)
    return at(0, 0)


def _in_char_class(ch, body):
    negate = body.startswith('!')
    if negate:
        body = body[1:]
    hit = False
    k = 0
    while k < len(body):
        if k + 2 < len(body) and body[k + 1] == '-':
            hit = hit or body[k] <= ch <= body[k + 2]
            k += 3
        else:
            hit = hit or body[k] == ch
            k += 1
    return hit != negate


class TestLoader:
    """Builds suites from TestCase classes, modules and dotted names."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(_three_way)
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def loadTestsFromTestCase(self,
                              testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite.'
                            ' Maybe you meant to derive from TestCase?')
        names = []
        if testCaseClass not in (TestCase, FunctionTestCase):
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *args, pattern=None,
                            **kws):
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and \
                    obj not in (TestCase, FunctionTestCase):
                found.append(self.loadTestsFromTestCase(obj))
        suite = self.suiteClass(found)
        hook = getattr(module, 'load_tests', None)
        if hook is None:
            return suite
        return hook(self, suite, pattern)

    def _resolve(self, name, module):
        # (parent, object) named by `name`, importing the longest importable
        # dotted prefix when no module is given.
        parts = name.split('.')
        if module is None:
            prefix = list(parts)
            while True:
                try:
                    _import('.'.join(prefix))
                except ImportError:
                    prefix.pop()
                    if not prefix:
                        raise
                    continue
                module = sys.modules[prefix[0]]
                break
            parts = parts[1:]
        parent, obj = None, module
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        return parent, obj, parts

    def loadTestsFromName(self, name,
                          module=None):
        parent, obj, parts = self._resolve(name, module)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and \
                issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            made = obj()
            if isinstance(made, TestSuite):
                return made
            if isinstance(made, TestCase):
                return self.suiteClass([made])
            raise TypeError('calling %s returned %s, not a test' % (obj, made))
        if type(obj).__name__ == 'module':
            return self.loadTestsFromModule(obj)
        raise TypeError("don't know how to make test from: %s" % obj)

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of every module under start_dir whose file name matches
        pattern (a shell wildcard), found through subpackages (directories with an
        __init__.py), imported by their dotted name under top_level_dir (which
        goes on sys.path; start_dir's own when not given). A package with a
        load_tests function supplies its tests itself."""
        import os
        import fnmatch
        start_dir = os.path.abspath(start_dir)
        if top_level_dir is None:
            top_level_dir = start_dir
        top_level_dir = os.path.abspath(top_level_dir)
        if top_level_dir not in sys.path:
            sys.path.insert(0, top_level_dir)
        if not os.path.isdir(start_dir):
            raise ImportError('Start directory is not importable: %r' % start_dir)

        def module_name(path):
            rel = os.path.relpath(os.path.splitext(path)[0], top_level_dir)
            return rel.replace(os.sep, '.').lstrip('.')

        def find(directory):
            found = []
            for entry in sorted(os.listdir(directory)):
                path = os.path.join(directory, entry)
                if os.path.isfile(path):
                    stem, ext = os.path.splitext(entry)
                    if ext != '.py' or not stem.isidentifier():
                        continue
                    if not fnmatch.fnmatch(entry, pattern):
                        continue
                    module = _import(module_name(path))
                    found.append(self.loadTestsFromModule(module, pattern=pattern))
                elif os.path.isdir(path):
                    if not os.path.isfile(os.path.join(path, '__init__.py')):
                        continue
                    if not entry.isidentifier():
                        continue
                    package = _import(module_name(path))
                    hook = getattr(package, 'load_tests', None)
                    if hook is not None:
                        found.append(hook(self, self.suiteClass(), pattern))
                    else:
                        found.append(self.loadTestsFromModule(package,
                                                              pattern=pattern))
                        found.extend(find(path))
            return found
        return self.suiteClass(find(start_dir))

    def loadTestsFromNames(self, names,
                           module=None):
        return self.suiteClass([self.loadTestsFromName(n, module)
                                for n in names])

    def getTestCaseNames(self,
                         testCaseClass):
        """The names of the test methods of testCaseClass, sorted."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def selected(attr):
            if not attr.startswith(prefix):
                return False
            if not callable(getattr(testCaseClass, attr)):
                return False
            if patterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__,
                                 testCaseClass.__qualname__, attr)
            return any(_wildcard_match(full, p) for p in patterns)
        names = [n for n in dir(testCaseClass) if selected(n)]
        if self.sortTestMethodsUsing:
            names = _sorted_by_cmp(names, self.sortTestMethodsUsing)
        return names


defaultTestLoader = TestLoader()


# ============================================================================
# unittest.main

_USAGE_OPTIONS = '[-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]'

_HELP_BODY = """
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring

Examples:
"""

_HELP_EXAMPLES = (
    ('', 'run default set of tests'),
    ('MyTestSuite', "run suite 'MyTestSuite'"),
    ('MyTestCase.testSomething', 'run MyTestCase.testSomething'),
    ('MyTestCase', "run all 'test*' test methods"),
)

# Flags that only switch a setting on: option -> attribute.
_SWITCHES = {'-f': 'failfast', '--failfast': 'failfast',
             '-c': 'catchbreak', '--catch': 'catchbreak',
             '-b': 'buffer', '--buffer': 'buffer'}


class TestProgram:
    """unittest.main: load the tests of a module (or those named on the
    command line), run them with a text runner and exit with its verdict."""

    module = None
    verbosity = 1
    failfast = None
    catchbreak = None
    buffer = None
    progName = None
    warnings = None
    testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader, exit=True,
                 verbosity=1, failfast=None, catchbreak=None, buffer=None,
                 warnings=None, *, tb_locals=False):
        self.module = _import(module) if isinstance(module, str) else module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        program = argv[0] if argv else 'python'
        self.progName = program.replace('\\', '/').rsplit('/', 1)[-1]
        self.parseArgs(argv)
        self.runTests()

    def _usage_line(self):
        return 'usage: %s %s\n%s [tests ...]' % (
            self.progName, _USAGE_OPTIONS, ' ' * (len(self.progName) + 7))

    def _help_text(self):
        prog = self.progName
        lines = [self._usage_line(), _HELP_BODY.rstrip('\n')]
        for arg, what in _HELP_EXAMPLES:
            left = ('%s %s' % (prog, arg)) if arg else prog
            lines.append('  %-*s- %s' % (len(prog) + 27, left, what))
        lines.append(' ' * 39 + 'in MyTestCase')
        return '\n'.join(lines)

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(self._help_text())
        sys.exit(2)

    def _arg_error(self, message):
        print(self._usage_line(), file=sys.stderr)
        print('%s: error: %s' % (self.progName, message), file=sys.stderr)
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        pending = list(argv[1:])
        while pending:
            arg = pending.pop(0)
            if arg in ('-h', '--help'):
                # As argparse does: the help, a blank line, exit status 0.
                print(self._help_text() + '\n')
                sys.exit(0)
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in _SWITCHES:
                if getattr(self, _SWITCHES[arg]) is None:
                    setattr(self, _SWITCHES[arg], True)
            elif arg == '--locals':
                self.tb_locals = True
            elif arg.startswith('-k'):
                pattern = arg[2:]
                if not pattern:
                    if not pending:
                        self._arg_error('argument -k: expected one argument')
                    pattern = pending.pop(0)
                if '*' not in pattern:
                    pattern = '*' + pattern + '*'     # a plain substring
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(pattern)
            elif arg.startswith('-') and arg != '-':
                self._arg_error('unrecognized arguments: %s' % arg)
            else:
                names.append(arg)
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False,
                    Loader=None):
        loader = self.testLoader
        if self.testNamePatterns:
            loader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = loader.loadTestsFromModule(self.module)
        else:
            self.test = loader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        runner = self.testRunner
        if isinstance(runner, type):
            options = dict(verbosity=self.verbosity, failfast=self.failfast,
                           buffer=self.buffer, warnings=self.warnings)
            try:
                runner = runner(tb_locals=self.tb_locals, **options)
            except TypeError:
                # A runner class that predates tb_locals.
                runner = self.testRunner(**options)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


# Ctrl-C handling is not implemented; these keep the API.

def installHandler():
    pass


def removeHandler(method=None):
    return method


def registerResult(result):
    pass


def removeResult(result):
    return False


# The classes say which CPython submodule they come from.
for _cls, _where in ((TestCase, 'case'), (FunctionTestCase, 'case'),
                     (SkipTest, 'case'), (TestResult, 'result'),
                     (TextTestResult, 'runner'), (TextTestRunner, 'runner'),
                     (BaseTestSuite, 'suite'), (TestSuite, 'suite'),
                     (TestLoader, 'loader'), (TestProgram, 'main')):
    _cls.__module__ = 'unittest.' + _where
del _cls, _where

# CPython's package imports its submodules, so `unittest.case`, `unittest.result`,
# ... are attributes of the package (and in sys.modules) once it is imported.
for _part in ('case', 'util', 'result', 'suite', 'loader', 'runner', 'signals'):
    __import__('unittest.' + _part)
del _part


if __name__ == '__main__':
    # `python -m unittest [options] [tests]`: the package's command line. The tests'
    # classes derive from the `unittest` module they import, not from this copy run
    # as `__main__`, so the program comes from that module; its usage names it as
    # it was started.
    import unittest as _unittest
    sys.argv[0] = 'python -m unittest'
    _unittest.main(module=None)
