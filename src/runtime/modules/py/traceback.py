"""mempy's traceback module: exceptions and stacks rendered as text the way the
interpreter prints them, mirroring CPython's `traceback`.

Owns FrameSummary (one frame's file/line/function, tuple-like), StackSummary (a
list of them plus the formatting, including the "[Previous line repeated N more
times]" folding), TracebackException (a captured exception with its chain of
causes and contexts, SyntaxError details and __notes__), and the module-level
print_*/format_*/extract_*/walk_* functions built on those three. Carets under a
source line come from the code object's co_positions() at tb_lasti, drawn by
the interpreter's own rules (_traceback.caret_line). Exception groups are drawn
as the interpreter draws them: the group's own report behind a '+' header, then
each member in a numbered box behind '| ' margins (max_group_width members,
max_group_depth levels). Written for mempy from the documented behaviour.
"""

import linecache
import sys

__all__ = [
    'extract_stack',
    'extract_tb',
    'format_exception',
    'format_exception_only',
    'format_list',
    'format_stack',
    'format_tb',
    'print_exc',
    'format_exc',
    'print_exception',
    'print_last',
    'print_stack',
    'print_tb',
    'clear_frames',
    'FrameSummary',
    'StackSummary',
    'TracebackException',
    'walk_stack',
    'walk_tb',
]

# Identical consecutive frames beyond this many collapse into one summary line
# (CPython's name: tests reach for it).
_RECURSIVE_CUTOFF = 3

_CAUSE_HEADER = ('\nThe above exception was the direct cause '
                 'of the following exception:\n\n')
_CONTEXT_HEADER = ('\nDuring handling of the above exception, '
                   'another exception occurred:\n\n')


# ---------------------------------------------------------------- source text
# Source lines come from linecache, as CPython's do: a summary made with
# lookup_lines=False reads its line only when asked, so what linecache holds by
# then (a lazycache() registration, an updatecache() of another file's text)
# decides it.


def _text_or(obj, fallback, show=str):
    # str()/repr() of something user-defined may itself raise.
    try:
        return show(obj)
    except Exception:
        return fallback


# ---------------------------------------------------------------- frames

class FrameSummary:
    """One stack entry: where (filename, lineno, columns), which function, the
    stripped source line, and optionally repr()s of the frame's locals."""

    __slots__ = (
        'filename', 'lineno', 'end_lineno',
        'colno', 'end_colno', 'name',
        '_line', 'locals',
    )

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        if lookup_line:
            self._fetch()
        # An empty namespace is recorded as no locals at all.
        if locals:
            self.locals = {key: repr(val) for key, val in locals.items()}
        else:
            self.locals = None

    def _fetch(self):
        # The raw source line (loaded on first need), or None without a lineno.
        if self._line is None and self.lineno is not None:
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line

    @property
    def line(self):
        raw = self._fetch()
        return None if raw is None else raw.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (
            self.filename, self.lineno, self.name)


def walk_tb(tb):
    """Yield (frame, line number) for each traceback entry, outermost first."""
    entry = tb
    while entry is not None:
        yield entry.tb_frame, entry.tb_lineno
        entry = entry.tb_next


def walk_stack(f):
    """Yield (frame, current line) from f (default: the caller's caller) outwards."""
    # Without a frame: the frame four calls out from this generator's, which is
    # StackSummary.extract's caller when extract consumes it (through
    # _frame_spans and _summarise), as in CPython.
    frame = f if f is not None else sys._getframe().f_back.f_back.f_back.f_back
    while frame is not None:
        yield frame, frame.f_lineno
        frame = frame.f_back


def clear_frames(tb):
    """Drop the local variables of every frame a traceback refers to."""
    for frame, _ in walk_tb(tb):
        try:
            frame.clear()
        except RuntimeError:
            # A frame that is still executing cannot be cleared; leave it.
            pass


def _span_at(code, lasti):
    # co_positions() has one entry per 2-byte instruction unit.
    if lasti >= 0:
        wanted = lasti // 2
        for index, span in enumerate(code.co_positions()):
            if index == wanted:
                return span
    return (None, None, None, None)


def _tb_spans(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) per traceback entry; the
    # entry's own line number stands in when the code has no position for it.
    while tb is not None:
        start, end, col, end_col = _span_at(tb.tb_frame.f_code, tb.tb_lasti)
        if start is None:
            start = tb.tb_lineno
        yield tb.tb_frame, (start, end, col, end_col)
        tb = tb.tb_next


def _frame_spans(frames):
    # Adapt (frame, lineno) pairs to the (frame, span) shape, columns unknown.
    for frame, lineno in frames:
        yield frame, (lineno, None, None, None)


def _effective_limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


class StackSummary(list):
    """A list of FrameSummary entries that knows how to print itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Summarise (frame, lineno) pairs, such as walk_tb or walk_stack yield."""
        return klass._summarise(_frame_spans(frame_gen), limit,
                                lookup_lines, capture_locals)

    @classmethod
    def _summarise(klass, spans, limit, lookup_lines=True, capture_locals=False):
        limit = _effective_limit(limit)
        entries = list(spans)
        if limit is not None:
            # A positive limit keeps the first entries, a negative one the last.
            entries = entries[:limit] if limit >= 0 else entries[limit:]
        summary = klass()
        files = set()
        for frame, (start, end, col, end_col) in entries:
            code = frame.f_code
            files.add(code.co_filename)
            # The frame's module can supply its file's text later, even if the
            # file is gone by then.
            linecache.lazycache(code.co_filename, frame.f_globals)
            summary.append(FrameSummary(
                code.co_filename, start, code.co_name,
                lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end, colno=col, end_colno=end_col))
        # Lines are read only after the files that changed on disk are dropped.
        for name in files:
            linecache.checkcache(name)
        if lookup_lines:
            for entry in summary:
                entry.line
        return summary

    @classmethod
    def from_list(klass, a_list):
        """Build from FrameSummary objects or (filename, lineno, name, line) tuples."""
        summary = klass()
        for entry in a_list:
            if not isinstance(entry, FrameSummary):
                path, number, func, text = entry
                entry = FrameSummary(path, number, func, line=text)
            summary.append(entry)
        return summary

    def format_frame_summary(self, frame_summary):
        """The text block for one frame: location, source line, carets, locals."""
        fs = frame_summary
        parts = ['  File "%s", line %s, in %s\n' % (fs.filename, fs.lineno, fs.name)]
        shown = fs.line
        if shown:
            parts.append('    %s\n' % shown)
            if fs.colno is not None and fs.end_colno is not None:
                from _traceback import caret_line
                # A span running onto later lines is marked to the end of this one.
                stop = fs.end_colno if fs.lineno == fs.end_lineno else None
                marks = caret_line(fs._fetch().rstrip('\r\n'), fs.colno, stop)
                if marks is not None:
                    parts.append(marks + '\n')
        if fs.locals:
            for key in sorted(fs.locals):
                parts.append('    %s = %s\n' % (key, fs.locals[key]))
        return ''.join(parts)

    def format(self):
        """One string per frame, with runs of identical frames folded."""
        lines = []
        previous = None
        run = 0

        def fold():
            hidden = run - _RECURSIVE_CUTOFF
            if hidden > 0:
                plural = 's' if hidden > 1 else ''
                lines.append('  [Previous line repeated %d more time%s]\n'
                             % (hidden, plural))

        for fs in self:
            # A subclass's format_frame_summary may drop a frame (None): it is
            # neither shown nor counted in a run.
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            where = (fs.filename, fs.lineno, fs.name)
            if where != previous or None in where:
                fold()
                previous = where
                run = 0
            run += 1
            if run <= _RECURSIVE_CUTOFF:
                lines.append(text)
        fold()
        return lines


# ---------------------------------------------------------------- running stack

def _stack_from_mempy():
    # Fallback when sys._getframe is unavailable: mempy.stack() describes the
    # running frames, outermost first, this module's own frames last.
    try:
        import mempy
        records = mempy.stack()
    except Exception:
        return StackSummary()
    while records and records[-1]['file'] == '<frozen traceback>':
        records = records[:-1]
    summary = StackSummary()
    for rec in records:
        func = rec['function']
        if func.endswith('()'):
            func = func[:-2]
        if not func.startswith('<'):
            func = func.rsplit('.', 1)[-1]
        summary.append(FrameSummary(rec['file'], rec['line'], func))
    return summary


def _caller_stack(f, limit):
    # The stack from frame f (default: whoever called the public function that
    # called this) outwards, returned outermost first.
    if f is None:
        if getattr(sys, '_getframe', None) is None:
            summary = _stack_from_mempy()
            if limit is not None:
                keep = summary[:-limit] if limit < 0 else summary[max(len(summary) - limit, 0):]
                summary = StackSummary(keep)
            return summary
        f = sys._getframe(2)
    summary = StackSummary.extract(walk_stack(f), limit=limit)
    summary.reverse()
    return summary


def _write(chunks, file):
    out = sys.stderr if file is None else file
    for chunk in chunks:
        print(chunk, file=out, end='')


def extract_tb(tb, limit=None):
    """StackSummary of a traceback's entries (at most `limit` of them)."""
    return StackSummary._summarise(_tb_spans(tb), limit)


def extract_stack(f=None, limit=None):
    """StackSummary of the current stack (or from frame f), outermost first."""
    return _caller_stack(f, limit)


def format_list(extracted_list):
    """Text blocks for a list of FrameSummary objects or 4-tuples."""
    summary = StackSummary.from_list(extracted_list)
    return summary.format()


def print_list(extracted_list, file=None):
    """Write format_list(extracted_list) to file (default sys.stderr)."""
    _write(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    return _caller_stack(f, limit).format()


def print_stack(f=None, limit=None, file=None):
    _write(_caller_stack(f, limit).format(), file)


# ---------------------------------------------------------------- exceptions

def _type_label(exc_type):
    # Qualified name, prefixed by its module unless that is builtins/__main__.
    label = exc_type.__qualname__
    module = exc_type.__module__
    if module in ('__main__', 'builtins'):
        return label
    if not isinstance(module, str):
        module = '<unknown>'
    return module + '.' + label


def _syntax_fields(value):
    # SyntaxError's location attributes, falling back to its args tuple
    # (msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
    args = getattr(value, 'args', ())
    detail = (None,) * 6
    if len(args) == 2 and isinstance(args[1], tuple) and 4 <= len(args[1]) <= 6:
        detail = args[1] + (None,) * (6 - len(args[1]))
    path, number, offset, text, end_number, end_offset = detail
    return {
        'filename': getattr(value, 'filename', path),
        'lineno': getattr(value, 'lineno', number),
        'offset': getattr(value, 'offset', offset),
        'text': getattr(value, 'text', text),
        'msg': getattr(value, 'msg', args[0] if args else None),
        'end_lineno': getattr(value, 'end_lineno', end_number),
        'end_offset': getattr(value, 'end_offset', end_offset),
    }


class TracebackException:
    """An exception captured as data for later formatting: its type, the text of
    its value, its StackSummary, and the exceptions chained to it (as further
    TracebackExceptions), without keeping the frames alive."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        # Only the outermost call links the chain; the exceptions it reaches are
        # captured by calls given its `seen` set, which link nothing themselves,
        # so a chain thousands long needs no deep recursion.
        outermost = _seen is None
        seen = set() if outermost else _seen
        seen.add(id(exc_value))
        self.exc_type = exc_type
        self.exc_traceback = exc_traceback
        self.stack = StackSummary._summarise(_tb_spans(exc_traceback), limit,
                                             lookup_lines, capture_locals)
        # unittest hands over a pre-made stack for failures it built itself.
        premade = getattr(exc_value, '_mempy_stack', None)
        if exc_traceback is None and premade is not None:
            self.stack = StackSummary.from_list(premade)
        self._str = _text_or(exc_value, '<exception str() failed>')
        notes = getattr(exc_value, '__notes__', None)
        self.__notes__ = notes
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            fields = _syntax_fields(exc_value)
            number = fields.pop('lineno')
            self.lineno = None if number is None else str(number)
            for key, val in fields.items():
                setattr(self, key, val)

        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = False
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.exceptions = None
        if exc_value is None:
            return
        self.__suppress_context__ = exc_value.__suppress_context__
        if not outermost:
            return

        def wrap(linked):
            return TracebackException(
                type(linked), linked, linked.__traceback__, limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width,
                max_group_depth=max_group_depth, _seen=seen)

        pending = [(self, exc_value)]
        while pending:
            te, exc = pending.pop()
            cause = exc.__cause__
            te.__cause__ = None if cause is None or id(cause) in seen else wrap(cause)
            # compact: skip the context when it would never be printed anyway.
            hidden = compact and (te.__cause__ is not None or exc.__suppress_context__)
            context = exc.__context__
            if context is None or id(context) in seen or hidden:
                te.__context__ = None
            else:
                te.__context__ = wrap(context)
            if isinstance(exc, BaseExceptionGroup):
                # Every member is captured, even one already seen in a chain.
                te.exceptions = [wrap(member) for member in exc.exceptions]
            if te.__cause__ is not None:
                pending.append((te.__cause__, cause))
            if te.__context__ is not None:
                pending.append((te.__context__, context))
            if te.exceptions:
                pending.extend(zip(te.exceptions, exc.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Capture an exception instance (its type and traceback come with it)."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return (self.exc_type is other.exc_type and self._str == other._str
                and list(self.stack) == list(other.stack))

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Yield the final line(s): 'Type: message', SyntaxError's source block,
        then any notes."""
        if self.exc_type is None:
            yield 'None: %s\n' % self._str
            return
        label = _type_label(self.exc_type)
        if issubclass(self.exc_type, SyntaxError):
            yield from self._format_syntax_error(label)
        elif self._str:
            yield '%s: %s\n' % (label, self._str)
        else:
            yield label + '\n'
        yield from self._note_lines()

    def _note_lines(self):
        notes = self.__notes__
        if notes is None:
            return
        from collections.abc import Sequence
        if not isinstance(notes, Sequence):
            # Not a sequence: shown once by repr, without a line end.
            yield _text_or(notes, '<__notes__ repr() failed>', repr)
            return
        for note in notes:
            if not isinstance(note, str):
                note = _text_or(note, '<note str() failed>')
            for piece in note.split('\n'):
                yield piece + '\n'

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "%s", line %s\n' % (self.filename or '<string>', self.lineno)
        elif self.filename is not None:
            suffix = ' (%s)' % (self.filename,)
        if self.text is not None:
            whole = self.text.rstrip('\n')
            shown = whole.lstrip(' \n\f')
            dropped = len(whole) - len(shown)
            yield '    %s\n' % shown
            if self.offset is not None:
                first = self.offset
                last = self.end_offset
                if last in (None, 0):
                    last = first
                if last == first or last == -1:
                    last = first + 1
                # Offsets are 1-based and count the stripped indentation.
                start, stop = first - 1 - dropped, last - 1 - dropped
                if start >= 0:
                    # Keep tabs and other whitespace so the carets line up.
                    pad = ''.join(ch if ch.isspace() else ' ' for ch in shown[:start])
                    yield '    %s%s\n' % (pad, '^' * (stop - start))
        yield '%s: %s%s\n' % (stype, self.msg or '<no detail available>', suffix)

    def format(self, *, chain=True, _ctx=None):
        """Yield the full report: each chained exception, oldest first, with its
        traceback, joined by the cause/context headers; an exception group with
        its members boxed below it."""
        ctx = _GroupBox() if _ctx is None else _ctx
        # Walk from this exception back through its chain, noting for each the
        # header that introduces it (printed between its predecessor and it).
        links = []
        current = self
        while current is not None:
            header, following = None, None
            if chain:
                if current.__cause__ is not None:
                    header, following = _CAUSE_HEADER, current.__cause__
                elif current.__context__ is not None and not current.__suppress_context__:
                    header, following = _CONTEXT_HEADER, current.__context__
            links.append((header, current))
            current = following
        for header, item in reversed(links):
            if header is not None:
                yield ctx.behind_margin(header)
            if item.exceptions is None:
                if item.stack:
                    yield ctx.behind_margin('Traceback (most recent call last):\n')
                    yield from map(ctx.behind_margin, item.stack.format())
                yield from map(ctx.behind_margin, item.format_exception_only())
            elif ctx.depth > self.max_group_depth:
                yield ctx.behind_margin(
                    '... (max_group_depth is %d)\n' % self.max_group_depth)
            else:
                yield from item._format_group(chain, ctx)

    def _format_group(self, chain, ctx):
        # The outermost group opens the margins: its heading is marked '+'.
        outermost = ctx.depth == 0
        if outermost:
            ctx.depth = 1
        if self.stack:
            yield ctx.behind_margin(
                'Exception Group Traceback (most recent call last):\n',
                '+' if outermost else '|')
            yield from map(ctx.behind_margin, self.stack.format())
        yield from map(ctx.behind_margin, self.format_exception_only())
        count = len(self.exceptions)
        width = self.max_group_width
        shown = count if count <= width else width + 1
        ctx.open_box = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                ctx.open_box = True
            cut = i >= width
            label = '...' if cut else str(i + 1)
            yield '%s%s+---------------- %s ----------------\n' % (
                ctx.indent(), '+-' if i == 0 else '  ', label)
            ctx.depth += 1
            if cut:
                more = count - width
                yield ctx.behind_margin('and %d more exception%s\n'
                                        % (more, 's' if more > 1 else ''))
            else:
                yield from self.exceptions[i].format(chain=chain, _ctx=ctx)
            if last and ctx.open_box:
                yield ctx.indent() + '+------------------------------------\n'
                ctx.open_box = False
            ctx.depth -= 1
        if outermost:
            ctx.depth = 0

    def print(self, *, file=None, chain=True):
        """Write format(chain=chain) to file (default sys.stderr)."""
        _write(self.format(chain=chain), file)


class _GroupBox:
    # Where a report is inside exception groups: each level indents by two and
    # draws a margin; open_box says the innermost box still needs its bottom line.
    def __init__(self):
        self.depth = 0
        self.open_box = False

    def indent(self):
        return ' ' * (2 * self.depth)

    def behind_margin(self, text, mark='|'):
        if not self.depth:
            return text
        prefix = self.indent() + mark + ' '
        return ''.join(prefix + line for line in text.splitlines(True))


class _Implicit:
    # Default of the optional value/tb parameters: "taken from exc".
    def __repr__(self):
        return '<implicit>'


_IMPLICIT = _Implicit()


def _value_and_tb(exc, value, tb):
    if (value is _IMPLICIT) is not (tb is _IMPLICIT):
        raise ValueError("Both or neither of value and tb must be given")
    if value is not _IMPLICIT:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
    return exc, exc.__traceback__


def format_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None, chain=True):
    """The lines print_exception would write, as a list of strings."""
    value, tb = _value_and_tb(exc, value, tb)
    captured = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(captured.format(chain=chain))


def print_exception(exc, /, value=_IMPLICIT, tb=_IMPLICIT, limit=None,
                    file=None, chain=True):
    """Write an exception, its traceback and its chain to file (default stderr)."""
    value, tb = _value_and_tb(exc, value, tb)
    captured = TracebackException(type(value), value, tb, limit=limit, compact=True)
    captured.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_IMPLICIT):
    """Just the final 'Type: message' line(s) of an exception, as a list."""
    target = exc if value is _IMPLICIT else value
    captured = TracebackException(type(target), target, None, compact=True)
    return list(captured.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    """print_exception for the exception being handled."""
    _, value, tb = sys.exc_info()
    print_exception(value, value, tb, limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """format_exception for the exception being handled, joined into one string."""
    _, value, tb = sys.exc_info()
    return ''.join(format_exception(value, value, tb, limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """print_exception for sys.last_value (the last uncaught exception)."""
    if not hasattr(sys, 'last_type'):
        raise ValueError("no last exception")
    last = sys.last_type, sys.last_value, sys.last_traceback
    print_exception(*last, limit=limit, file=file, chain=chain)
