"""The Python half of mempy's tracemalloc module, mirroring CPython's
`tracemalloc`: snapshots of the traced objects, their grouping by allocation
site, and the text forms of the results.

Runs in the namespace of the native module (src/runtime/modules/tracemalloc.rs),
which supplies _get_traces() -> [(domain, size, frames, total_nframe)] with the
frames most recent first, _get_object_traceback(obj) -> frames or None, and the
start/stop/is_tracing family. Sizes are sys.getsizeof's. Written for mempy from
the documented behaviour.
"""

import fnmatch
import operator as _operator

_UNITS = ("B", "KiB", "MiB", "GiB", "TiB")


def _format_size(size, sign):
    # Bytes while under 10 KiB; then the first unit giving under 10240 of it,
    # with one decimal while under 100 of that unit.
    plus = "+" if sign else ""
    for index, unit in enumerate(_UNITS):
        if index and abs(size) < 100:
            return ("%" + plus + ".1f %s") % (size, unit)
        if abs(size) < 10240 or index == len(_UNITS) - 1:
            return ("%" + plus + ".0f %s") % (size, unit)
        size /= 1024


def _ordered(attr):
    # Class decorator: ==, <, <=, >, >= and hash from one tuple attribute,
    # against instances of the same class only.
    def decorate(cls):
        def comparison(op):
            def compare(self, other):
                if not isinstance(other, cls):
                    return NotImplemented
                return op(getattr(self, attr), getattr(other, attr))
            compare.__name__ = "__%s__" % op.__name__
            return compare

        for op in (_operator.eq, _operator.lt, _operator.le, _operator.gt, _operator.ge):
            setattr(cls, "__%s__" % op.__name__, comparison(op))
        cls.__hash__ = lambda self: hash(getattr(self, attr))
        return cls
    return decorate


@_ordered("_frame")
class Frame:
    """Where an allocation happened: filename and line number."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __str__(self):
        return "%s:%s" % self._frame[:2]

    def __repr__(self):
        return f"<Frame filename={self.filename!r} lineno={self.lineno!r}>"


def _read_line(path, number):
    # The stripped source line, or '' when the file cannot be read.
    try:
        with open(path) as source:
            for count, text in enumerate(source, 1):
                if count == number:
                    return text.strip()
    except (OSError, ValueError):
        pass
    return ""


@_ordered("_frames")
class Traceback:
    """The frames of one allocation, oldest first (as a read-only sequence of
    Frame); the native side hands them over most recent first."""

    __slots__ = ("_frames", "_total_nframe")

    def __init__(self, frames, total_nframe=None):
        self._frames = tuple(frames)[::-1]
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        picked = self._frames[index]
        if isinstance(index, slice):
            return tuple(map(Frame, picked))
        return Frame(picked)

    def __iter__(self):
        return map(Frame, self._frames)

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        extra = "" if self._total_nframe is None else " total_nframe=%s" % self._total_nframe
        return "<Traceback %r%s>" % (tuple(self), extra)

    def format(self, limit=None, most_recent_first=False):
        """Lines like the interpreter's traceback: location, then source line."""
        chosen = list(self)
        if limit is not None:
            # A positive limit keeps the newest frames, a negative one the oldest.
            chosen = chosen[-limit:] if limit > 0 else chosen[:limit]
        if most_recent_first:
            chosen.reverse()
        out = []
        for frame in chosen:
            out.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            text = _read_line(frame.filename, frame.lineno)
            if text:
                out.append("    " + text)
        return out


def get_object_traceback(obj):
    """The Traceback where obj was allocated, or None if it was not traced."""
    frames = _get_object_traceback(obj)
    return None if frames is None else Traceback(frames)


class _GroupFigures:
    # Shared by Statistic and StatisticDiff: equality and hashing over all
    # the fields, and the "average" suffix of the text form.
    __slots__ = ()

    def _fields(self):
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash(self._fields())

    def _average(self):
        if not self.count:
            return ""
        return ", average=%s" % _format_size(self.size / self.count, False)


class Statistic(_GroupFigures):
    """Total size and number of the traced objects of one group."""

    __slots__ = ("traceback", "size", "count")

    def __init__(self, traceback, size, count):
        self.traceback, self.size, self.count = traceback, size, count

    def __str__(self):
        return "%s: size=%s, count=%i%s" % (
            self.traceback, _format_size(self.size, False), self.count, self._average())

    def __repr__(self):
        return "<Statistic traceback=%r size=%i count=%i>" % self._fields()

    def _sort_key(self):
        return self.size, self.count, self.traceback


class StatisticDiff(_GroupFigures):
    """A group's size and count now, and how they changed since an older snapshot."""

    __slots__ = ("traceback", "size", "size_diff", "count", "count_diff")

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size, self.size_diff = size, size_diff
        self.count, self.count_diff = count, count_diff

    def __str__(self):
        return "%s: size=%s (%s), count=%i (%+i)%s" % (
            self.traceback, _format_size(self.size, False),
            _format_size(self.size_diff, True), self.count, self.count_diff,
            self._average())

    def __repr__(self):
        return ("<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>"
                % self._fields())

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count,
                self.traceback)


class Trace:
    """One traced object: its domain, size and allocation traceback."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace

    domain = property(lambda self: self._trace[0])
    size = property(lambda self: self._trace[1])

    @property
    def traceback(self):
        return Traceback(*self._trace[2:4])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return "<Trace domain=%s size=%s, traceback=%r>" % (
            self.domain, _format_size(self.size, False), self.traceback)


class _TraceList:
    # Snapshot.traces: the raw trace tuples, shown as Trace objects.
    def __init__(self, raw):
        self._raw = raw

    def __len__(self):
        return len(self._raw)

    def __getitem__(self, index):
        picked = self._raw[index]
        if isinstance(index, slice):
            return tuple(map(Trace, picked))
        return Trace(picked)

    def __iter__(self):
        return map(Trace, self._raw)

    def __repr__(self):
        return "<Traces len=%s>" % len(self._raw)


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive


class Filter(BaseFilter):
    """Keeps (inclusive) or drops the traces allocated in files matching a
    pattern (and, if given, at one line, in one domain)."""

    def __init__(self, inclusive, filename_pattern, lineno=None,
                 all_frames=False, domain=None):
        super().__init__(inclusive)
        self._pattern = filename_pattern
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._pattern

    def _hits(self, frame):
        path, line = frame
        return fnmatch.fnmatch(path, self._pattern) and self.lineno in (None, line)

    def _match(self, trace):
        # True when the trace passes this filter.
        domain, frames = trace[0], trace[2]
        if self.domain is not None and domain != self.domain:
            return not self.inclusive
        # By default only the most recent frame is considered.
        considered = frames if self.all_frames else frames[:1]
        found = any(self._hits(frame) for frame in considered)
        return found if self.inclusive else not found


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self.domain = domain

    def _match(self, trace):
        return (trace[0] == self.domain) == self.inclusive


_KEY_TYPES = ("traceback", "filename", "lineno")


class Snapshot:
    """The traced live objects at one moment, with their allocation tracebacks."""

    def __init__(self, traces, traceback_limit):
        self.traces = _TraceList(traces)
        self.traceback_limit = traceback_limit

    def filter_traces(self, filters):
        """A new Snapshot with the traces that every exclusive filter passes and,
        if there are inclusive filters, at least one of them passes."""
        try:
            filters = list(filters)
        except TypeError:
            raise TypeError("filters must be a list of filters, not %s"
                            % type(filters).__name__) from None
        wanted = [f for f in filters if f.inclusive]
        unwanted = [f for f in filters if not f.inclusive]

        def passes(trace):
            if wanted and not any(f._match(trace) for f in wanted):
                return False
            return all(f._match(trace) for f in unwanted)

        return Snapshot([t for t in self.traces._raw if passes(t)], self.traceback_limit)

    def _groups(self, key_type, cumulative):
        # {Traceback key: Statistic} for the grouping asked for.
        if key_type not in _KEY_TYPES:
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type == "traceback":
            raise ValueError("cumulative mode cannot by used with key type %r"
                             % key_type)
        by_key = {}

        def count(frames, size):
            key = Traceback(frames)
            found = by_key.get(key)
            if found is None:
                by_key[key] = Statistic(key, size, 1)
            else:
                found.size += size
                found.count += 1

        def site(frame):
            # A file is grouped as a whole: its line number is dropped (0).
            return frame if key_type == "lineno" else (frame[0], 0)

        for _, size, frames, _ in self.traces._raw:
            if key_type == "traceback":
                count(frames, size)
            elif not cumulative:
                count(tuple(site(frame) for frame in frames[:1]), size)
            else:
                # Every frame of the trace counts, a frame repeated by
                # recursion once per occurrence (as CPython counts).
                for frame in frames:
                    count((site(frame),), size)
        return by_key

    def statistics(self, key_type, cumulative=False):
        """Statistic per group, biggest first."""
        return sorted(self._groups(key_type, cumulative).values(),
                      key=Statistic._sort_key, reverse=True)

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """StatisticDiff per group against an older snapshot, biggest change first."""
        now = self._groups(key_type, cumulative)
        before = old_snapshot._groups(key_type, cumulative)
        diffs = []
        for key, stat in now.items():
            old = before.pop(key, None)
            old_size, old_count = (0, 0) if old is None else (old.size, old.count)
            diffs.append(StatisticDiff(key, stat.size, stat.size - old_size,
                                       stat.count, stat.count - old_count))
        # Groups that disappeared.
        for key, old in before.items():
            diffs.append(StatisticDiff(key, 0, -old.size, 0, -old.count))
        return sorted(diffs, key=StatisticDiff._sort_key, reverse=True)


def take_snapshot():
    """A Snapshot of the objects traced now."""
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory "
                           "allocations to take a snapshot")
    return Snapshot(_get_traces(), get_traceback_limit())
