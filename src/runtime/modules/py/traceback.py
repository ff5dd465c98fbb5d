"""traceback: print and format exceptions and stacks the way the interpreter does.

Provides: print_exc, format_exc, print_exception, format_exception,
format_exception_only, print_tb, format_tb, extract_tb, print_stack, format_stack,
extract_stack, format_list, print_list, walk_tb, walk_stack, FrameSummary,
StackSummary, TracebackException (format, format_exception_only, from_exception,
stack, exc_type, __cause__, __context__, __notes__), chained exceptions ("The above
exception was the direct cause ..." / "During handling ..."), the "[Previous line
repeated N more times]" folding, SyntaxError's caret block, `__notes__`, the `^^^^`
marker lines under source lines (from `co_positions()` at `tb_lasti`, drawn by the
interpreter's own rules through `_traceback.caret_line`), `sys.tracebacklimit`,
clear_frames.

Omits: exception groups, print_last, linecache as a module (source lines are read
with open() when the runtime has it).
"""

import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_list', 'print_stack', 'print_tb', 'walk_stack', 'walk_tb',
           'FrameSummary', 'StackSummary', 'TracebackException']

_RECURSIVE_CUTOFF = 3

_source_cache = {}


def _source_lines(filename):
    lines = _source_cache.get(filename)
    if lines is not None:
        return lines
    lines = []
    if filename and not (filename.startswith('<') and filename.endswith('>')):
        try:
            f = open(filename)
            try:
                lines = f.read().splitlines()
            finally:
                f.close()
        except Exception:
            lines = []
    _source_cache[filename] = lines
    return lines


def _getline(filename, lineno):
    lines = _source_lines(filename)
    if lineno is not None and 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


class FrameSummary:
    """One frame of a stack: filename, lineno, name, line (and locals)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = None if locals is None else {k: repr(v) for k, v in locals.items()}
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)


def _frame_info(f):
    code = f.f_code
    return code.co_filename, code.co_name


def walk_tb(tb):
    """Yields (frame, lineno) for each level of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _code_position(code, lasti):
    if lasti < 0:
        return None, None, None, None
    for i, pos in enumerate(code.co_positions()):
        if i == lasti // 2:
            return pos
    return None, None, None, None


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each level.
    while tb is not None:
        positions = _code_position(tb.tb_frame.f_code, tb.tb_lasti)
        if positions[0] is None:
            yield tb.tb_frame, (tb.tb_lineno,) + tuple(positions[1:])
        else:
            yield tb.tb_frame, positions
        tb = tb.tb_next


def clear_frames(tb):
    """Clears the locals of the frames of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, lineno) from frame f outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        def extended():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            extended(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        items = list(frame_gen)
        if limit is not None:
            if limit >= 0:
                items = items[:limit]
            else:
                items = items[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in items:
            filename, name = _frame_info(f)
            loc = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, name,
                                       lookup_line=lookup_lines, locals=loc,
                                       end_lineno=end_lineno, colno=colno,
                                       end_colno=end_colno))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        line = frame_summary.line
        if line:
            row += '    {}\n'.format(line)
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                from _traceback import caret_line
                end = frame_summary.end_colno
                if frame_summary.lineno != frame_summary.end_lineno:
                    end = None
                marks = caret_line(frame_summary._original_line.rstrip('\r\n'),
                                   frame_summary.colno, end)
                if marks is not None:
                    row += marks + '\n'
        if frame_summary.locals:
            for name in sorted(frame_summary.locals):
                row += '    {} = {}\n'.format(name, frame_summary.locals[name])
        return row

    def format(self):
        result = []
        last_file = None
        last_line = None
        last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename
                    or last_line is None or last_line != fs.lineno
                    or last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    count -= _RECURSIVE_CUTOFF
                    result.append('  [Previous line repeated {} more time{}]\n'.format(
                        count, 's' if count > 1 else ''))
                last_file = fs.filename
                last_line = fs.lineno
                last_name = fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(self.format_frame_summary(fs))
        if count > _RECURSIVE_CUTOFF:
            count -= _RECURSIVE_CUTOFF
            result.append('  [Previous line repeated {} more time{}]\n'.format(
                count, 's' if count > 1 else ''))
        return result


def _mempy_stack():
    """FrameSummaries of the running stack, outermost first, from mempy.stack()."""
    try:
        import mempy
        frames = mempy.stack()
    except Exception:
        return StackSummary()
    # Drop this module's own frames (the callers asked for the stack above them).
    while frames and frames[-1]['file'] == '<frozen traceback>':
        frames = frames[:-1]
    out = StackSummary()
    for fr in frames:
        name = fr['function']
        if name.endswith('()'):
            name = name[:-2]
        if not name.startswith('<'):
            name = name.rsplit('.', 1)[-1]
        out.append(FrameSummary(fr['file'], fr['line'], name))
    return out


def _limited(stack, limit):
    """The innermost `limit` frames (the outermost -limit when negative)."""
    if limit >= 0:
        return StackSummary(stack[max(len(stack) - limit, 0):])
    return StackSummary(stack[:-limit])


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        getframe = getattr(sys, '_getframe', None)
        if getframe is None:
            stack = _mempy_stack()
            if limit is not None:
                stack = _limited(stack, limit)
            return stack
        f = getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None and getattr(sys, '_getframe', None) is None:
        stack = _mempy_stack()
        if limit is not None:
            stack = _limited(stack, limit)
        return stack.format()
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None and getattr(sys, '_getframe', None) is None:
        stack = _mempy_stack()
        if limit is not None:
            stack = _limited(stack, limit)
        print_list(stack, file=file)
        return
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def _safe_str(value):
    try:
        return str(value)
    except Exception:
        return '<exception str() failed>'


_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')
_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


class TracebackException:
    """An exception captured for later formatting: exc_type, stack, the text of the
    value, and the chained __cause__/__context__ as TracebackExceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        stack_hint = getattr(exc_value, '_mempy_stack', None)
        if exc_traceback is None and stack_hint is not None:
            self.stack = StackSummary.from_list(stack_hint)
        self._str = _safe_str(exc_value)
        notes = getattr(exc_value, '__notes__', None)
        self.__notes__ = notes
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            info = (None,) * 6
            args = getattr(exc_value, 'args', ())
            if (len(args) == 2 and isinstance(args[1], tuple)
                    and 4 <= len(args[1]) <= 6):
                info = tuple(args[1]) + (None,) * (6 - len(args[1]))
            self.filename = getattr(exc_value, 'filename', info[0])
            lno = getattr(exc_value, 'lineno', info[1])
            self.lineno = str(lno) if lno is not None else None
            self.text = getattr(exc_value, 'text', info[3])
            self.offset = getattr(exc_value, 'offset', info[2])
            self.msg = getattr(exc_value, 'msg', args[0] if args else None)
            self.end_lineno = getattr(exc_value, 'end_lineno', info[4])
            self.end_offset = getattr(exc_value, 'end_offset', info[5])
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False
        if exc_value is not None:
            self.__suppress_context__ = exc_value.__suppress_context__
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in _seen:
                self.__cause__ = TracebackException(
                    type(cause), cause, cause.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    _seen=_seen)
            context = exc_value.__context__
            if (context is not None and id(context) not in _seen
                    and not (compact and (self.__cause__ is not None
                                          or self.__suppress_context__))):
                self.__context__ = TracebackException(
                    type(context), context, context.__traceback__, limit=limit,
                    lookup_lines=lookup_lines, capture_locals=capture_locals,
                    _seen=_seen)
        self.exc_traceback = exc_traceback

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type is other.exc_type and self._str == other._str
                    and list(self.stack) == list(other.stack))
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            if self._str:
                yield '{}: {}\n'.format(stype, self._str)
            else:
                yield '{}\n'.format(stype)
        else:
            for line in self._format_syntax_error(stype):
                yield line
        if isinstance(self.__notes__, (list, tuple)):
            for note in self.__notes__:
                note = note if isinstance(note, str) else _safe_str(note)
                for ln in note.split('\n'):
                    yield ln + '\n'
        elif self.__notes__ is not None:
            yield _safe_str(self.__notes__) + '\n'

    def _format_syntax_error(self, stype):
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(
                self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caret_space = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}\n'.format(caret_space, '^' * (end_colno - colno))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        output = []
        exc = self
        if chain:
            while exc is not None:
                if exc.__cause__ is not None:
                    chained_msg = _cause_message
                    chained_exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained_msg = _context_message
                    chained_exc = exc.__context__
                else:
                    chained_msg = None
                    chained_exc = None
                output.append((chained_msg, exc))
                exc = chained_exc
        else:
            output.append((None, exc))
        for msg, exc in reversed(output):
            if msg is not None:
                yield msg
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                for line in exc.stack.format():
                    yield line
            for line in exc.format_exception_only():
                yield line

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")


_sentinel = object()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(
                'Exception expected for value, {} found'.format(type(exc).__name__))
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _current():
    info = sys.exc_info()
    return info[1], info[2]


def print_exc(limit=None, file=None, chain=True):
    value, tb = _current()
    print_exception(value, value, tb, limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    value, tb = _current()
    return "".join(format_exception(value, value, tb, limit=limit, chain=chain))
