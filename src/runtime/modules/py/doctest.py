# `doctest` (stands in for CPython's `doctest`): finds the interactive examples in
# docstrings, `__test__` dicts and text files, runs them and compares what they
# print with what the text says they print. Compiled from this source at first
# import.
#
# Provided: Example, DocTest, DocTestParser, DocTestFinder, DocTestRunner,
# OutputChecker, DocTestFailure, UnexpectedException, DocTestCase, DocTestSuite,
# DocFileTest, DocFileSuite, testmod, run_docstring_examples and the option flags.
# DebugRunner, testfile, script_from_examples and testsource are provided too.
# Left out: the pdb integration (debug, debug_src, debug_script).

import collections
import inspect
import io
import os
import re
import sys
import traceback
import unittest

__all__ = [
    # CPython's order; its pdb helpers debug_src and debug are not provided.
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite',
    'DocFileSuite', 'set_unittest_reportflags', 'script_from_examples',
    'testsource',
]

TestResults = collections.namedtuple('TestResults', 'failed attempted')

# ---------------------------------------------------------------------------
# Option flags: each name gets the next free bit the first time it is registered.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    if name not in OPTIONFLAGS_BY_NAME:
        OPTIONFLAGS_BY_NAME[name] = 1 << len(OPTIONFLAGS_BY_NAME)
    return OPTIONFLAGS_BY_NAME[name]


# The standard flags, in the order that fixes their bits: first the ones that
# change how output is compared, then the ones that change how failures are
# reported. Each becomes a module constant of its own name.
_COMPARISON_NAMES = ('DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
                     'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP',
                     'IGNORE_EXCEPTION_DETAIL')
_REPORTING_NAMES = ('REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
                    'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST')


def _register_all(names):
    combined = 0
    for flag_name in names:
        bit = globals()[flag_name] = register_optionflag(flag_name)
        combined |= bit
    return combined


COMPARISON_FLAGS = _register_all(_COMPARISON_NAMES)
REPORTING_FLAGS = _register_all(_REPORTING_NAMES)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---------------------------------------------------------------------------
# Small text helpers.

def _indent(text, width=4):
    """Prefix every non-empty line of `text` with `width` spaces."""
    pad = ' ' * width
    return '\n'.join(pad + line if line else line for line in text.split('\n'))


def _format_exc(exc_info):
    return ''.join(traceback.format_exception(*exc_info))


def _wildcard_match(pattern, text):
    """Whether `text` fits `pattern`, where each '...' stands for any run of
    characters (possibly empty)."""
    pieces = pattern.split(ELLIPSIS_MARKER)
    if len(pieces) == 1:
        return pattern == text
    head, middle, tail = pieces[0], pieces[1:-1], pieces[-1]
    if not text.startswith(head):
        return False
    lo, hi = len(head), len(text) - len(tail)
    if hi < lo or not text.endswith(tail):
        return False
    for piece in middle:
        at = text.find(piece, lo, hi)
        if at < 0:
            return False
        lo = at + len(piece)
    return True


def _exception_name_only(line):
    """'pkg.mod.Error: detail\\n' -> 'Error' (what IGNORE_EXCEPTION_DETAIL keeps)."""
    head = line.split('\n', 1)[0].split(':', 1)[0]
    return head.rsplit('.', 1)[-1]


def _is_blank_or_comment(source):
    body = source[:-1] if source.endswith('\n') else source
    if '\n' in body:
        return False
    return body.lstrip(' ')[:1] in ('', '#')


# ---------------------------------------------------------------------------
# Examples and tests.

def _with_newline(text):
    return text if text.endswith('\n') else text + '\n'


class Example:
    """One `>>>` example: its source, the output it should give (`want`), the
    exception message it should raise (`exc_msg`), its line within the
    docstring, its indentation and its option directives."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        self.source = _with_newline(source)
        self.want = _with_newline(want) if want else want
        self.exc_msg = None if exc_msg is None else _with_newline(exc_msg)
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key() and self.options == other.options

    def __hash__(self):
        return hash(self._key())


class DocTest:
    """The examples of one docstring, with the namespace they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            described = 'no examples'
        elif count == 1:
            described = '1 example'
        else:
            described = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                            self.filename, self.lineno, described)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        mine = (self.examples, self.docstring, self.globs, self.name,
                self.filename, self.lineno)
        theirs = (other.examples, other.docstring, other.globs, other.name,
                  other.filename, other.lineno)
        return mine == theirs

    def __hash__(self):
        return hash((self.name, self.filename, self.lineno, self.docstring))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno, id(self))
                < (other.name, other.filename, other.lineno, id(other)))


# ---------------------------------------------------------------------------
# Parsing: a line scanner over the docstring.

_TRACEBACK_HEADERS = ('Traceback (most recent call last):',
                      'Traceback (innermost last):')
_DIRECTIVE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$", re.MULTILINE)
_WORD_START = re.compile(r'\w')


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


def _is_prompt(line):
    return line.lstrip(' ').startswith('>>>')


def _is_continuation(line):
    return line.lstrip(' ').startswith('...')


def _expected_exception(want):
    # The message part of a traceback in `want`: from the first line after the
    # header that starts with a word character, to the end.
    first, _, rest = want.partition('\n')
    if first.rstrip() not in _TRACEBACK_HEADERS or not rest:
        return None
    offset = len(first) + 1
    for line in rest.split('\n'):
        if _WORD_START.match(line):
            return want[offset:]
        offset += len(line) + 1
    return None


class DocTestParser:
    """Splits a docstring into its prose and its Examples."""

    def parse(self, string, name='<string>'):
        """The text cut into pieces: the prose between examples (strings) and
        the Examples, in order."""
        string = string.expandtabs()
        lines = string.split('\n')
        margins = [_leading_spaces(l) for l in lines
                   if l.strip(' ') and not l.lstrip(' ')[0].isspace()]
        margin = min(margins) if margins else 0
        if margin:
            lines = [l[margin:] for l in lines]
            string = '\n'.join(lines)
        pieces = []
        prose_from = 0      # offset where the current prose starts
        offset = 0          # offset of line i
        i = 0
        while i < len(lines):
            if not _is_prompt(lines[i]):
                offset += len(lines[i]) + 1
                i += 1
                continue
            first = i
            start = offset
            i += 1
            while i < len(lines) and _is_continuation(lines[i]):
                i += 1
            source_lines = lines[first:i]
            want_from = i
            while (i < len(lines) and lines[i].strip(' ')
                   and not _is_prompt(lines[i])):
                i += 1
            want_lines = lines[want_from:i]
            end = start + sum(len(l) + 1 for l in lines[first:i])
            end = min(end, len(string))
            pieces.append(string[prose_from:start])
            example = self._make_example(source_lines, want_lines, name, first,
                                         margin)
            if example is not None:
                pieces.append(example)
            prose_from = offset = end
        pieces.append(string[prose_from:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        examples = self.get_examples(string, name)
        return DocTest(examples, globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [p for p in self.parse(string, name) if isinstance(p, Example)]

    def _make_example(self, source_lines, want_lines, name, lineno, margin):
        indent = _leading_spaces(source_lines[0])
        for k, line in enumerate(source_lines):
            if len(line) > indent + 3 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r'
                                 % (lineno + k + 1, name,
                                    line[indent:indent + 3], line))
        self._same_margin(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join(l[indent + 4:] for l in source_lines)
        self._same_margin(want_lines, ' ' * indent, name,
                          lineno + len(source_lines))
        want = '\n'.join(l[indent:] for l in want_lines)
        if want_lines:
            want += '\n'
        options = self._directives(source, name, lineno)
        if _is_blank_or_comment(source):
            return None
        return Example(source, want, _expected_exception(want), lineno=lineno,
                       indent=margin + indent, options=options)

    def _directives(self, source, name, lineno):
        found = {}
        for match in _DIRECTIVE.finditer(source):
            for word in match.group(1).replace(',', ' ').split():
                flag = OPTIONFLAGS_BY_NAME.get(word[1:])
                if word[0] not in '+-' or flag is None:
                    raise ValueError('line %r of the doctest for %s '
                                     'has an invalid option: %r'
                                     % (lineno + 1, name, word))
                found[flag] = word[0] == '+'
        if found and _is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r'
                             % (lineno, name, source))
        return found

    @staticmethod
    def _same_margin(lines, prefix, name, lineno):
        for k, line in enumerate(lines):
            if line != '' and line[:len(prefix)] != prefix:
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r'
                                 % (lineno + k + 1, name, line))


# ---------------------------------------------------------------------------
# Finding the docstrings to test.

def _module_filename(module):
    # Where a module's tests say they come from: its source file, else its name.
    where = getattr(module, '__file__', None) or module.__name__
    return where[:-1] if where.endswith('.pyc') else where


def _unwrapped_is_routine(obj):
    try:
        obj = inspect.unwrap(obj)
    except ValueError:
        pass
    return inspect.isroutine(obj)


class DocTestFinder:
    """Collects the DocTests of an object and (recursively) of what it holds."""

    def __init__(self, verbose=False, parser=DocTestParser(),
                 recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        try:
            source_file = inspect.getsourcefile(obj)
        except Exception:
            source_file = None
        source = None
        if source_file:
            import linecache
            source = linecache.getlines(source_file) or None
        if globs is None:
            namespace = {} if module is None else dict(module.__dict__)
        else:
            namespace = dict(globs)
        if extraglobs is not None:
            namespace.update(extraglobs)
        namespace.setdefault('__name__', '__main__')
        self._walk_state = (module, source, namespace, set())
        found = []
        self._visit(obj, name, found)
        found.sort()
        return found

    def _belongs(self, module, obj):
        """Whether `obj` was defined in `module` (True when module is None)."""
        if module is None:
            return True
        home = inspect.getmodule(obj)
        if home is not None:
            return home is module
        if inspect.isfunction(obj):
            return obj.__globals__ is module.__dict__
        if (inspect.ismethoddescriptor(obj) or inspect.ismethodwrapper(obj)
                or (inspect.isbuiltin(obj) and not hasattr(obj, '__module__'))):
            # A method of a native type (a builtin with no module of its own stands
            # for one): its class says where it lives, and without one there is no
            # telling, so it is taken as belonging.
            owner = getattr(obj, '__objclass__', None)
            if owner is not None:
                return owner.__module__ == module.__name__
            if hasattr(obj, '__module__'):
                return obj.__module__ == module.__name__
            return True
        if inspect.isclass(obj) or hasattr(obj, '__module__'):
            return obj.__module__ == module.__name__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    def _children(self, obj, name, module):
        """(qualified name, object) for each member the search descends into."""
        if inspect.ismodule(obj):
            for key, value in obj.__dict__.items():
                if ((_unwrapped_is_routine(value) or inspect.isclass(value))
                        and self._belongs(module, value)):
                    yield '%s.%s' % (name, key), value
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(value),))
                yield '%s.__test__.%s' % (name, key), value
        elif inspect.isclass(obj):
            for key, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                wanted = (inspect.isroutine(value) or inspect.isclass(value)
                          or isinstance(value, property))
                if wanted and self._belongs(module, value):
                    yield '%s.%s' % (name, key), value

    def _visit(self, obj, name, found):
        if self._verbose:
            print('Finding tests in %s' % name)
        module, source, namespace, visited = self._walk_state
        if id(obj) in visited:
            return
        visited.add(id(obj))
        test = self._test_for(obj, name, module, namespace, source)
        if test is not None:
            found.append(test)
        if self._recurse:
            for child_name, child in self._children(obj, name, module):
                self._visit(child, child_name, found)

    def _test_for(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None and isinstance(obj, property):
                    docstring = getattr(obj.fget, '__doc__', None)
                docstring = '' if docstring is None else str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._docstring_line(obj, source_lines)
        if not docstring and self._exclude_empty:
            return None
        filename = None
        if module is not None:
            filename = _module_filename(module)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _docstring_line(self, obj, source_lines):
        """The 0-based line of obj's docstring in its source file, or None."""
        start = None
        if inspect.ismodule(obj):
            start = 0
        elif inspect.isclass(obj) and source_lines:
            header = re.compile(r'\s*class\s*%s\b'
                                % re.escape(getattr(obj, '__name__', '-')))
            start = next((n for n, text in enumerate(source_lines)
                          if header.match(text)), None)
        code = obj
        if inspect.ismethod(code):
            code = code.__func__
        if inspect.isfunction(code) and getattr(code, '__doc__', None):
            code = code.__code__
        if inspect.istraceback(code):
            code = code.tb_frame
        if inspect.isframe(code):
            code = code.f_code
        if inspect.iscode(code):
            start = code.co_firstlineno - 1
        if start is None:
            return None
        if not source_lines:
            return start + 1
        opens_string = re.compile(r'(^|.*:)\s*\w*("|\')')
        for n in range(start, len(source_lines)):
            if opens_string.match(source_lines[n]):
                return n
        return None


# ---------------------------------------------------------------------------
# Comparing output.

def _diff_report(want, got, flags):
    """The REPORT_*DIFF form of a failure, or None for Expected/Got. ndiff is
    used whatever the sizes; the unified and context diffs only when both texts
    have more than two lines (they help little below that)."""
    if not flags & REPORT_NDIFF:
        if not flags & (REPORT_UDIFF | REPORT_CDIFF):
            return None
        if want.count('\n') <= 2 or got.count('\n') <= 2:
            return None
    import difflib
    old, new = want.splitlines(True), got.splitlines(True)
    # Unified and context diffs lose their two file-header lines.
    if flags & REPORT_UDIFF:
        lines = list(difflib.unified_diff(old, new, n=2))[2:]
        how = 'unified diff with -expected +actual'
    elif flags & REPORT_CDIFF:
        lines = list(difflib.context_diff(old, new, n=2))[2:]
        how = 'context diff with expected followed by actual'
    else:
        differ = difflib.Differ(None, difflib.IS_CHARACTER_JUNK)
        lines = list(differ.compare(old, new))
        how = 'ndiff with -expected +actual'
    return f'Differences ({how}):\n' + _indent(''.join(lines))


def _is_blankline_marker(line):
    return (line.startswith(BLANKLINE_MARKER)
            and not line[len(BLANKLINE_MARKER):].strip())


class OutputChecker:
    """Decides whether an example's actual output fits the expected one."""

    def check_output(self, want, got,
                     optionflags):
        if want == got:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (want, got) in (("1\n", "True\n"), ("0\n", "False\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            # <BLANKLINE> stands for an empty line; whitespace-only lines of
            # the output count as empty.
            want = '\n'.join('' if _is_blankline_marker(l) else l
                             for l in want.split('\n'))
            got = '\n'.join(l if l.strip() else '' for l in got.split('\n'))
            if want == got:
                return True
        if NORMALIZE_WHITESPACE & optionflags:
            want, got = ' '.join(want.split()), ' '.join(got.split())
            if want == got:
                return True
        if optionflags & ELLIPSIS and _wildcard_match(want, got):
            return True
        return False

    def output_difference(self, example, got,
                          optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            # Show the empty lines of the output (all but the unterminated last
            # one) as <BLANKLINE>.
            rows = got.split('\n')
            got = '\n'.join([BLANKLINE_MARKER if not r.strip(' ') else r
                             for r in rows[:-1]] + rows[-1:])
        diff = _diff_report(want, got, optionflags)
        if diff is not None:
            return diff
        expected = 'Expected:\n' + _indent(want) if want else 'Expected nothing\n'
        actual = 'Got:\n' + _indent(got) if got else 'Got nothing\n'
        return expected + actual


class DocTestFailure(Exception):
    """An example's output did not fit (raised by debugging runners)."""

    def __init__(self, test, example,
                 got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it was not expected to."""

    def __init__(self, test, example,
                 exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


# ---------------------------------------------------------------------------
# Running.

class _Capture(io.StringIO):
    """Stands in for sys.stdout while an example runs."""

    def drain(self):
        text = self.getvalue()
        self.seek(0)
        self.truncate()
        if text and not text.endswith('\n'):
            text += '\n'
        return text


_PASSED, _FAILED, _RAISED = 'passed', 'failed', 'raised'


class DocTestRunner:
    """Runs DocTests, reports failures through `out` and keeps a tally per test
    name for summarize()."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None,
                 optionflags=0):
        self._judge = checker or OutputChecker()
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        # optionflags changes per example (its directives); the original stays.
        self.optionflags = self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._tally = {}
        self._capture = _Capture()

    # The reporting hooks (meant to be overridden).

    def report_start(self, out, test,
                     example):
        if not self._verbose:
            return
        text = 'Trying:\n' + _indent(example.source)
        if example.want:
            text += 'Expecting:\n' + _indent(example.want)
        else:
            text += 'Expecting nothing\n'
        out(text)

    def report_success(self, out, test,
                       example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test,
                       example, got):
        out(self._failure_intro(test, example)
            + self._judge.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test,
                                    example, exc_info):
        out(self._failure_intro(test, example) + 'Exception raised:\n'
            + _indent(_format_exc(exc_info)))

    def _failure_intro(self, test, example):
        if test.filename:
            if test.lineno is None or example.lineno is None:
                where = '?'
            else:
                where = test.lineno + example.lineno + 1
            place = 'File "%s", line %s, in %s' % (test.filename, where, test.name)
        else:
            place = 'Line %s, in %s' % (example.lineno + 1, test.name)
        return '%s\n%s\nFailed example:\n%s' % (self.DIVIDER, place,
                                                 _indent(example.source))

    @staticmethod
    def _flags_for(example, flags):
        for flag, on in example.options.items():
            flags = flags | flag if on else flags & ~flag
        return flags

    def _judge_outcome(self, example, got, error):
        if error is None:
            if self._judge.check_output(example.want, got, self.optionflags):
                return _PASSED
            return _FAILED
        if example.exc_msg is None:
            return _RAISED
        last_line = traceback.format_exception_only(*error[:2])[-1]
        if self._judge.check_output(example.exc_msg, last_line, self.optionflags):
            return _PASSED
        if self.optionflags & IGNORE_EXCEPTION_DETAIL:
            if self._judge.check_output(_exception_name_only(example.exc_msg),
                                        _exception_name_only(last_line),
                                        self.optionflags):
                return _PASSED
        return _FAILED

    def __run(self, test, compileflags, out):
        # (Named as CPython's: tracebacks of failing examples show this frame.)
        base_flags = self.optionflags
        failed = tried = 0
        for number, example in enumerate(test.examples):
            # (Judged by the flags the previous example ran with.)
            hush = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE and failed)
            self.optionflags = self._flags_for(example, base_flags)
            if self.optionflags & SKIP:
                continue
            tried += 1
            if not hush:
                self.report_start(out, test, example)
            code_name = '<doctest %s[%d]>' % (test.name, number)
            try:
                code = compile(example.source, code_name, "single",
                               compileflags, True)
                exec(code, test.globs)
                error = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                error = sys.exc_info()
            got = self._capture.drain()
            if error is not None and not hush:
                got += _format_exc(error)
            outcome = self._judge_outcome(example, got, error)
            if outcome is not _PASSED:
                failed += 1
            if not hush:
                if outcome is _RAISED:
                    self.report_unexpected_exception(out, test, example, error)
                else:
                    hook = self.report_success if outcome is _PASSED \
                        else self.report_failure
                    hook(out, test, example, got)
            if failed and self.optionflags & FAIL_FAST:
                break
        self.optionflags = base_flags
        before = self._tally.get(test.name, (0, 0))
        self._tally[test.name] = (before[0] + failed, before[1] + tried)
        self.failures += failed
        self.tries += tried
        return TestResults(failed, tried)

    def run(self, test, compileflags=None,
            out=None, clear_globs=True):
        """Run the examples of `test` (with sys.stdout captured), reporting
        through `out` (default: the real sys.stdout's write)."""
        self.test = test
        real_stdout = sys.stdout
        if out is None:
            out = real_stdout.write
        sys.stdout = self._capture
        try:
            return self.__run(test, compileflags or 0, out)
        finally:
            sys.stdout = real_stdout
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        """Print the totals of every test run so far; returns TestResults."""
        if verbose is None:
            verbose = self._verbose
        empty, clean, broken = [], [], []
        total_failed = total_tried = 0
        for name, (failed, tried) in self._tally.items():
            assert failed <= tried
            total_failed += failed
            total_tried += tried
            if not tried:
                empty.append(name)
            elif not failed:
                clean.append((name, tried))
            else:
                broken.append((name, (failed, tried)))
        if verbose and empty:
            print(len(empty), "items had no tests:")
            for name in sorted(empty):
                print("   ", name)
        if verbose and clean:
            print(len(clean), "items passed all tests:")
            for name, tried in sorted(clean):
                print(" %3d tests in %s" % (tried, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), "items had failures:")
            for name, (failed, tried) in sorted(broken):
                print(" %3d of %3d in %s" % (failed, tried, name))
        if verbose:
            print(total_tried, "tests in", len(self._tally), "items.")
            print(total_tried - total_failed, "passed and", total_failed, "failed.")
        if total_failed:
            print("***Test Failed***", total_failed, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failed, total_tried)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising it: DocTestFailure
    for output that does not fit, UnexpectedException for an example that
    raised. The test's namespace is then left as it was, for inspection."""

    def run(self, test, compileflags=None,
            out=None, clear_globs=True):
        outcome = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return outcome

    def report_failure(self, out, test,
                       example, got):
        raise DocTestFailure(test, example, got)

    def report_unexpected_exception(self, out, test,
                                    example, exc_info):
        raise UnexpectedException(test, example, exc_info)


# ---------------------------------------------------------------------------
# Entry points.

master = None


def testmod(m=None, name=None, globs=None, verbose=None,
            report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module `m` (default __main__)."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    found = DocTestFinder(exclude_empty=exclude_empty).find(
        m, m.__name__ if name is None else name, globs=globs,
        extraglobs=extraglobs)
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(optionflags=optionflags, verbose=verbose)
    for test in found:
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    return TestResults(failed=runner.failures, attempted=runner.tries)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Test the examples in a text file (by default a path relative to the
    calling module's directory)."""
    global master
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    path = filename
    if module_relative:
        path = _path_beside_module(_module_of(package, 2), filename)
    with open(path, encoding=encoding or 'utf-8') as handle:
        text = handle.read()
    namespace = {} if globs is None else dict(globs)
    namespace.update(extraglobs or {})
    namespace.setdefault('__name__', '__main__')
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(optionflags=optionflags, verbose=verbose)
    test = parser.get_doctest(text, namespace, name or os.path.basename(path),
                              path, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    return TestResults(failed=runner.failures, attempted=runner.tries)


def script_from_examples(s):
    """The text as a Python script: the examples' source as code, their
    expected output and the prose around them as comments."""
    lines = []
    parser = DocTestParser()
    for piece in parser.parse(s):
        if isinstance(piece, Example):
            lines.append(piece.source[:-1])
            if piece.want:
                lines.append('# Expected:')
                lines.extend('## ' + row for row in piece.want.split('\n')[:-1])
        else:
            for row in piece.split('\n')[:-1]:
                row = row.rstrip()
                lines.append('# ' + row if row else '#')
    # Empty comment lines at either end carry nothing.
    first, last = 0, len(lines)
    while first < last and lines[first] == '#':
        first += 1
    while last > first and lines[last - 1] == '#':
        last -= 1
    return '\n'.join(lines[first:last]) + '\n'


def testsource(module, name):
    """The script (see script_from_examples) of the docstring called `name`
    in `module`."""
    module = _module_of(module)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, "not found in tests")


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Test the examples in f's own docstring (nothing it contains)."""
    runner = DocTestRunner(optionflags=optionflags, verbose=verbose)
    for test in DocTestFinder(recurse=False, verbose=verbose).find(
            f, name, globs=globs):
        runner.run(test, compileflags)


# ---------------------------------------------------------------------------
# unittest integration.

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when given none; returns the
    previous ones."""
    global _unittest_reportflags
    if flags & ~REPORTING_FLAGS:
        raise ValueError("Only reporting flags allowed", flags)
    previous, _unittest_reportflags = _unittest_reportflags, flags
    return previous


class DocTestCase(unittest.TestCase):
    """A unittest case that runs one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        unittest.TestCase.__init__(self)
        self._dt_test = test
        self._dt_optionflags = optionflags
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown
        self._dt_checker = checker

    def setUp(self):
        self._dt_globs = self._dt_test.globs.copy()
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        self._dt_test.globs.clear()
        self._dt_test.globs.update(self._dt_globs)

    def runTest(self):
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker,
                               verbose=False)
        runner.DIVIDER = "-" * 70
        report = io.StringIO()
        failed, _ = runner.run(self._dt_test, out=report.write, clear_globs=False)
        if failed:
            raise self.failureException(self.format_failure(report.getvalue()))

    def debug(self):
        """Run the test with a DebugRunner: its first problem propagates as
        DocTestFailure or UnexpectedException."""
        self.setUp()
        runner = DebugRunner(self._dt_checker, False, self._dt_optionflags)
        runner.run(self._dt_test, None, None, False)
        self.tearDown()

    def format_failure(self, err):
        test = self._dt_test
        line = 'unknown line number' if test.lineno is None else test.lineno
        short = test.name.rsplit('.', 1)[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, line, short, err))

    def _identity(self):
        return (self._dt_test, self._dt_optionflags, self._dt_setUp,
                self._dt_tearDown, self._dt_checker)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._identity() == other._identity()

    def __hash__(self):
        return hash(self._identity()[1:])

    def id(self):
        return self._dt_test.name

    def __repr__(self):
        head, _, last = self._dt_test.name.rpartition('.')
        return "%s (%s)" % (last, head)

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands for a module whose docstrings were stripped (python -OO)."""

    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _KeepingSuite(unittest.TestSuite):
    # Keeps its tests after running them (unittest drops them to save memory).
    def _removeTestAtIndex(self, index):
        pass


def _module_of(module, depth=2):
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, fromlist=["*"])
    if module is None:
        # The module of whoever called our caller.
        caller_name = sys._getframe(depth).f_globals.get('__name__')
        return sys.modules.get(caller_name) or sys.modules['__main__']
    raise TypeError("Expected a module, string, or None")


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite with one DocTestCase per docstring of `module` that has
    examples."""
    module = _module_of(module)
    finder = test_finder or DocTestFinder()
    tests = finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _KeepingSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTests([SkipDocTestCase(module)])
        return suite
    for test in sorted(tests):
        if test.examples:
            test.filename = test.filename or _module_filename(module)
            suite.addTests([DocTestCase(test, **options)])
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase for a whole text file."""

    def id(self):
        return self._dt_test.name.replace('.', '_')

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def _path_beside_module(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    relative = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        folder = os.path.dirname(module.__file__)
    elif module.__name__ == '__main__':
        script = sys.argv[0] if sys.argv else ''
        folder = os.path.dirname(script) if script else os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module "
                         "%r (it has no __file__)" % module.__name__)
    return os.path.join(folder, relative)


def DocFileTest(path, module_relative=True, package=None,
                globs=None, parser=DocTestParser(),
                encoding=None, **options):
    """A DocFileCase for the examples in the text file at `path`."""
    namespace = {} if globs is None else dict(globs)
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")
    if module_relative:
        path = _path_beside_module(_module_of(package, 3), path)
    with open(path, encoding=encoding or 'utf-8') as handle:
        text = handle.read()
    namespace.setdefault("__file__", path)
    test = parser.get_doctest(text, namespace, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one DocFileCase per path."""
    suite = _KeepingSuite()
    if kw.get('module_relative', True):
        kw['package'] = _module_of(kw.get('package'), 2)
    suite.addTests([DocFileTest(path, **kw) for path in paths])
    return suite
