# mempy's `datetime` module: dates, times and durations, written for mempy from the
# documented behaviour of CPython 3.11's datetime module. Compiled from this source at
# first import.
#
# Provides: MINYEAR, MAXYEAR; timedelta (normalised days/seconds/microseconds,
# arithmetic with ints, floats and timedeltas, total_seconds, str/repr as CPython's);
# date (today, fromtimestamp, fromordinal, fromisoformat, fromisocalendar, toordinal,
# weekday, isoweekday, isocalendar, isoformat, ctime, strftime, format(), replace,
# timetuple, arithmetic and comparisons); time (isoformat with timespec, strftime,
# fromisoformat, replace, tzinfo); datetime (now, utcnow, today, fromtimestamp,
# utcfromtimestamp, combine, fromisoformat, strptime, timestamp, date, time, timetz,
# replace, astimezone, utcoffset, tzname, dst, isoformat, ctime, strftime, arithmetic
# and comparisons, naive and aware); tzinfo (abstract base); timezone (fixed offsets,
# timezone.utc). Error messages are CPython's. strftime implements the C-locale
# directives %a %A %w %d %e %b %h %B %m %y %Y %C %H %k %I %l %p %M %S %f %z %Z %j %U %W
# %G %V %u %c %x %X %D %F %T %R %n %t %s %%; strptime the usual parsing directives
# (%Y %y %m %d %H %I %M %S %f %p %b %B %a %A %j %z %Z(UTC/GMT) %%).
#
# Left out / different from CPython:
# * mempy's time module has no local-timezone support, so "local time" is UTC:
#   now(), today(), fromtimestamp(), timestamp() of a naive datetime and astimezone()
#   with no argument all treat local time as UTC (as CPython does when TZ=UTC).
# * timetuple()/utctimetuple() return a small named tuple standing in for
#   time.struct_time (mempy's time module has none).
# * Non-C locales, pickling details, the fold attribute's effect on tz-aware
#   arithmetic (fold is stored and compared as CPython does for fixed offsets).
# * timedelta from floats rounds the exact sum to the nearest microsecond (half to
#   even); CPython's stepwise float arithmetic can differ in the last microsecond for
#   unusual mixes of float arguments.

import time as _time

__all__ = ('date', 'datetime', 'time', 'timedelta', 'timezone', 'tzinfo', 'MINYEAR',
           'MAXYEAR', 'UTC')

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date.max.toordinal()
_US_PER_DAY = 86400 * 1000000

_DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [0]       # [m]: days in the months before month m (non-leap)
_n = 0
for _m in range(1, 13):
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _DAYS_IN_MONTH[_m]
del _n, _m
_MONTHNAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
               'Oct', 'Nov', 'Dec']
_FULL_MONTHNAMES = [None, 'January', 'February', 'March', 'April', 'May', 'June',
                    'July', 'August', 'September', 'October', 'November', 'December']
_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_DAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
                  'Sunday']


# ----- calendar arithmetic ------------------------------------------------------------

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DAYS_IN_MONTH[m]


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd_to_ord(y, m, d):
    return (_days_before_year(y) + _DAYS_BEFORE_MONTH[m] + (m > 2 and _is_leap(y))
            + d)


def _ord_to_ymd(n):
    # Ordinal 1 is 0001-01-01. Split into 400-year cycles (146097 days), then
    # 100-year, 4-year and 1-year pieces.
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    year = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        # The last day of a leap year at the end of a 4- or 400-year cycle.
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = 1
    while True:
        dim = 29 if (month == 2 and leap) else _DAYS_IN_MONTH[month]
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _iso_week1_monday(year):
    # Ordinal of the Monday of ISO week 1 (the week holding the year's first
    # Thursday).
    first = _days_before_year(year) + 1
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _index(x):
    if isinstance(x, int):
        return int(x)
    if hasattr(type(x), '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer"
                    % type(x).__name__)


def _check_date(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _index(hour)
    minute = _index(minute)
    second = _index(second)
    microsecond = _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type "
                        "'%s'" % type(tz).__name__)


def _round_half_even(num, den):
    # num/den rounded to the nearest int, ties to even (den > 0).
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _cls_name(obj):
    cls = type(obj)
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _format_offset(off, sep=':'):
    # +HH:MM[:SS[.ffffff]] for a timedelta offset ('' for None).
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += '%s%02d' % (sep, ss)
        if off.microseconds:
            s += '.%06d' % off.microseconds
    return s


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _check_offset(name, off):
    if off is None:
        return
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -timedelta(1) < off < timedelta(1):
        raise ValueError('%s()=%s, must be strictly between -timedelta(hours=24) and '
                         'timedelta(hours=24)' % (name, off))


# ----- strftime -----------------------------------------------------------------------

def _strftime(fmt, timetuple, us, tzobj, owner):
    # As CPython's wrap_strftime: %f, %z and %Z are replaced here (a '%' in the zone
    # name doubled, for the next step), then time.strftime formats the rest over
    # the time tuple, so every other directive, with the C library's flags and
    # widths (%-d, %_m, %4Y, %^a, ...), is the C library's.
    if not isinstance(fmt, str):
        raise TypeError('strftime() argument 1 must be str, not %s' % type(fmt).__name__)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        k = fmt[i + 1]
        i += 2
        if k == 'f':
            out.append('%06d' % us)
        elif k == 'z':
            off = tzobj.utcoffset(owner) if tzobj is not None else None
            out.append(_format_offset(off, ''))
        elif k == 'Z':
            name = _check_tzname(tzobj.tzname(owner)) if tzobj is not None else None
            out.append('' if name is None else name.replace('%', '%%'))
        else:
            out.append('%' + k)
    return _time.strftime(''.join(out), timetuple)


def _isocal(y, m, d):
    ordinal = _ymd_to_ord(y, m, d)
    year = y
    week1 = _iso_week1_monday(year)
    if ordinal < week1:
        year -= 1
        week1 = _iso_week1_monday(year)
    else:
        nxt = _iso_week1_monday(year + 1)
        if ordinal >= nxt:
            year += 1
            week1 = nxt
    week, day = divmod(ordinal - week1, 7)
    return year, week + 1, day + 1


# ----- timedelta ----------------------------------------------------------------------

class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), built from
    any mix of weeks, days, hours, minutes, seconds, milliseconds and microseconds."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        num = 0
        den = 1
        for name, value, unit in (('days', days, _US_PER_DAY),
                                  ('seconds', seconds, 1000000),
                                  ('microseconds', microseconds, 1),
                                  ('milliseconds', milliseconds, 1000),
                                  ('minutes', minutes, 60000000),
                                  ('hours', hours, 3600000000),
                                  ('weeks', weeks, 7 * _US_PER_DAY)):
            if isinstance(value, int):
                num += int(value) * unit * den
            elif isinstance(value, float):
                a, b = value.as_integer_ratio()
                num = num * b + a * unit * den
                den *= b
            else:
                raise TypeError('unsupported type for timedelta %s component: %s'
                                % (name, type(value).__name__))
        return _td_from_us(_round_half_even(num, den), cls)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_cls_name(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, '' if abs(self._days) == 1 else 's') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return _td_from_us(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(_round_half_even(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        us = self._us()
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return us // o
        if other == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        return _td_from_us(us // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        us = self._us()
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError('division by zero')
            return us / o
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return _td_from_us(_round_half_even(us, other) if other > 0
                               else _round_half_even(-us, -other))
        a, b = other.as_integer_ratio()
        if a == 0:
            raise ZeroDivisionError('integer division or modulo by zero')
        if a < 0:
            a, b = -a, -b
        return _td_from_us(_round_half_even(b * us, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError('integer modulo by zero')
            return _td_from_us(self._us() % o)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            q, r = divmod(self._us(), o)
            return q, _td_from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _td_from_us(us, cls=timedelta):
    days, rest = divmod(us, _US_PER_DAY)
    if not -999999999 <= days <= 999999999:
        raise OverflowError('days=%d; must have magnitude <= 999999999' % days)
    seconds, micro = divmod(rest, 1000000)
    td = object.__new__(cls)
    td._days = days
    td._seconds = seconds
    td._microseconds = micro
    return td


timedelta.min = _td_from_us(-999999999 * _US_PER_DAY)
timedelta.max = _td_from_us(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td_from_us(1)


# ----- tzinfo and timezone ------------------------------------------------------------

# ----- pickle states -------------------------------------------------------------------
# CPython pickles a date, time or datetime as its class and one bytes "state" (plus
# the tzinfo): year as two bytes (high, low), month, day; hour, minute, second,
# microsecond as three bytes, big-endian. From protocol 4 on a fold of 1 sets the high
# bit of the month (datetime) or hour (time) byte. The constructors take such a state
# in place of the first argument, so CPython's pickles load here and mempy's there.

def _state_bytes(state, what):
    # A state given as str (a Python 2 pickle loaded with encoding='latin1').
    if isinstance(state, str):
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError('Failed to encode latin1 string when unpickling a %s '
                             "object. pickle.load(data, encoding='latin1') is assumed."
                             % what) from None
    return state


def _is_state(arg, size, byte, lo, hi, mask=0x7F):
    # Whether a constructor's first argument is a pickle state of `size` bytes
    # (`byte`, without the fold bit, in lo..hi).
    return (isinstance(arg, (bytes, str)) and len(arg) == size
            and lo <= ord(arg[byte:byte + 1]) & mask <= hi)


def _check_state_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError('bad tzinfo state arg')


def _us_bytes(us):
    return bytes((us >> 16, (us >> 8) & 0xFF, us & 0xFF))


class tzinfo:
    """Abstract base class for time zone information: subclasses define utcoffset(),
    tzname() and dst()."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement tzname()')

    def utcoffset(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement utcoffset()')

    def dst(self, dt):
        raise NotImplementedError('a tzinfo subclass must implement dst()')

    def fromutc(self, dt):
        """Convert dt (whose tzinfo is self, holding UTC time) to self's local time."""
        if not isinstance(dt, datetime):
            raise TypeError('fromutc() requires a datetime argument')
        if dt.tzinfo is not self:
            raise ValueError('dt.tzinfo is not self')
        off = dt.utcoffset()
        if off is None:
            raise ValueError('fromutc() requires a non-None utcoffset() result')
        dst = dt.dst()
        if dst is None:
            raise ValueError('fromutc() requires a non-None dst() result')
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = dt.dst()
            if dst is None:
                raise ValueError('fromutc(): dt.dst gave inconsistent results; cannot '
                                 'convert')
        return dt + dst

    def __reduce__(self):
        # (class, __getinitargs__() or (), the instance's state).
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args, self.__getstate__())


_UTC = None
_NO_NAME = object()


class timezone(tzinfo):
    """A fixed offset from UTC: timezone(timedelta(hours=2)), timezone.utc."""

    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError('timezone() argument 1 must be datetime.timedelta, not %s'
                            % type(offset).__name__)
        if name is _NO_NAME:
            # (An explicit None is refused below, as CPython's argument parsing does.)
            name = None
            if not offset and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError('timezone() argument 2 must be str, not %s'
                            % ('None' if name is None else type(name).__name__))
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError('offset must be a timedelta strictly between '
                             '-timedelta(hours=24) and timedelta(hours=24), not %r.'
                             % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_cls_name(self), self._offset)
        return '%s(%r, %r)' % (_cls_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError('utcoffset() argument must be a datetime instance or None')

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                if not self._offset:
                    return 'UTC'
                return 'UTC' + _format_offset(self._offset)
            return self._name
        raise TypeError('tzname() argument must be a datetime instance or None')

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError('dst() argument must be a datetime instance or None')

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError('fromutc: dt.tzinfo is not self')
            return dt + self._offset
        raise TypeError('fromutc() argument must be a datetime instance or None')

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __getstate__(self):
        # Everything is in __getinitargs__ (CPython's timezone has no other state).
        return None


_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


# ----- date ---------------------------------------------------------------------------

class _StructTime(tuple):
    # Stands in for time.struct_time (see the module header).
    __slots__ = ()
    _fields = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday',
               'tm_yday', 'tm_isdst')

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join(
            '%s=%r' % (f, v) for f, v in zip(self._fields, self))

    def __getattr__(self, name):
        if name in _StructTime._fields:
            return self[_StructTime._fields.index(name)]
        raise AttributeError("'time.struct_time' object has no attribute '%s'" % name)


def _struct_time(y, m, d, hh, mi, ss, dst):
    o = _ymd_to_ord(y, m, d)
    return _StructTime((y, m, d, hh, mi, ss, (o + 6) % 7, o - _days_before_year(y), dst))


class IsoCalendarDate(tuple):
    """The (year, week, weekday) triple returned by isocalendar()."""
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % ('datetime.IsoCalendarDate', self[0], self[1], self[2]))

    def __reduce__(self):
        return (tuple, (tuple(self),))


def _iso_date_end(s):
    # Where the date of an ISO datetime string ends (CPython's rules for telling it
    # from the time when the separator may be any character, a digit included):
    # 'YYYY-MM-DD' 10; 'YYYY-Www' 8 and 'YYYY-Www-D' 10 (but 8 when a digit follows
    # at 10: the '-' at 8 is then the separator); 'YYYYMMDD' 8; 'YYYYWww' and
    # 'YYYYWwwD' by the digits after 'Www': fewer than two, the date takes them, else
    # 7 or 8 as their count leaves an even or odd position.
    n = len(s)
    if n == 7:
        return 7
    if s[4] == '-':
        if s[5] != 'W':
            return 10
        if n > 8 and s[8] == '-':
            if n == 9:
                raise ValueError('Invalid ISO string')
            if n > 10 and s[10] in '0123456789':
                return 8
            return 10
        return 8
    if s[4] != 'W':
        return 8
    idx = 7
    while idx < n and s[idx] in '0123456789':
        idx += 1
    if idx < 9:
        return idx
    return 7 if idx % 2 == 0 else 8


def _parse_isodate(s):
    # 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www', 'YYYY-Www-D', 'YYYYWww', 'YYYYWwwD';
    # returns (y, m, d) or raises ValueError (message filled in by the caller).
    if len(s) >= 8 and s[4] == '-' and s[5] != 'W' and len(s) == 10 and s[7] == '-':
        y, m, d = s[0:4], s[5:7], s[8:10]
    elif len(s) == 8 and s.isdigit():
        y, m, d = s[0:4], s[4:6], s[6:8]
    elif len(s) >= 7 and (s[4] == 'W' or s[4:6] == '-W'):
        dash = s[4] == '-'
        rest = s[6:] if dash else s[5:]
        wk = rest[0:2]
        day = '1'
        tail = rest[2:]
        if tail:
            if dash:
                if len(tail) != 2 or tail[0] != '-':
                    raise ValueError
                day = tail[1]
            else:
                if len(tail) != 1:
                    raise ValueError
                day = tail
        for part in (s[0:4], wk, day):
            if not (part.isdigit() and part.isascii()):
                raise ValueError
        return _from_isocal(int(s[0:4]), int(wk), int(day))
    else:
        raise ValueError
    for part in (y, m, d):
        if not (part.isdigit() and part.isascii()):
            raise ValueError
    return int(y), int(m), int(d)


def _from_isocal(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('Year is out of range: %d' % year)
    if not 0 < week < 53:
        ok = False
        if week == 53:
            # Years starting on a Thursday, and leap years starting on a Wednesday,
            # have 53 ISO weeks.
            first_wd = (_days_before_year(year) + 1 + 6) % 7
            if first_wd == 3 or (first_wd == 2 and _is_leap(year)):
                ok = True
        if not ok:
            raise ValueError('Invalid week: %d' % week)
    if not 0 < day < 8:
        raise ValueError('Invalid day: %d (range is [1, 7])' % day)
    o = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ord_to_ymd(o)


class date:
    """A calendar date: date(year, month, day)."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and _is_state(year, 4, 2, 1, 12, 0xFF):
            state = _state_bytes(year, 'date')
            self = object.__new__(cls)
            self._year = state[0] * 256 + state[1]
            self._month = state[2]
            self._day = state[3]
            return self
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        return self

    # -- constructors
    @classmethod
    def today(cls):
        """The current local date (local time is UTC in mempy)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """The local date of a POSIX timestamp (local time is UTC in mempy)."""
        y, m, d, _, _, _, _ = _from_timestamp(t, True)
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """The date with proleptic Gregorian ordinal n (1 is 0001-01-01)."""
        n = _index(n)
        if n < 1:
            raise ValueError('ordinal must be >= 1')
        if n > _MAXORDINAL:
            raise ValueError('year %d is out of range' % _ord_to_ymd(n)[0])
        return cls(*_ord_to_ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """The date written as 'YYYY-MM-DD' (or another ISO 8601 date form)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            y, m, d = _parse_isodate(date_string)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of ISO year, week number and weekday (1 = Monday)."""
        return cls(*_from_isocal(year, week, day))

    # -- fields
    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- conversions
    def __repr__(self):
        return '%s(%d, %d, %d)' % (_cls_name(self), self._year, self._month, self._day)

    def isoformat(self):
        """'YYYY-MM-DD'."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """Like 'Mon Jan 15 00:00:00 2024'."""
        wd = (self.toordinal() + 6) % 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        """Format with C-library style % directives (see the module header)."""
        return _strftime(fmt, self.timetuple(), 0, None, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """A time.struct_time-like tuple for the date at midnight."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Days since 0000-12-31 (so date(1, 1, 1).toordinal() == 1)."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """A copy with the given fields changed."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        """Day of the week, Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Day of the week, Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday) as a named tuple."""
        return IsoCalendarDate(*_isocal(self._year, self._month, self._day))

    # -- comparisons (a date never equals a datetime; ordering them is a TypeError)
    def _cmpkey(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return (self._year, self._month, self._day), \
                   (other._year, other._month, other._day)
        return None

    def __eq__(self, other):
        if isinstance(other, datetime) or isinstance(self, datetime):
            return NotImplemented if not isinstance(other, date) else False
        k = self._cmpkey(other)
        if k is None:
            return NotImplemented
        return k[0] == k[1]

    def _order(self, other, op):
        k = self._cmpkey(other)
        if k is None:
            if isinstance(other, date):
                raise TypeError("can't compare %s to %s"
                                % (_cls_name(other) if isinstance(other, datetime)
                                   else _cls_name(self),
                                   _cls_name(self) if isinstance(other, datetime)
                                   else _cls_name(other)))
            return NotImplemented
        return op(k[0], k[1])

    def __lt__(self, other):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._order(other, lambda a, b: a >= b)

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    # -- arithmetic
    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError('date value out of range')
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        hi, lo = divmod(self._year, 256)
        return (type(self), (bytes((hi, lo, self._month, self._day)),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _from_timestamp(t, whole_seconds=False):
    # (y, m, d, hh, mm, ss, us) in UTC for a POSIX timestamp, rounding the fraction
    # to the nearest microsecond (half to even), as CPython does.
    # As CPython: the seconds must fit a C time_t, the C library's gmtime/localtime
    # must manage them (its year, less 1900, is a C int), and the year must be
    # 1..9999.
    if isinstance(t, float):
        if t != t:
            raise ValueError('Invalid value NaN (not a number)')
        if not -9223372036854775808.0 <= t < 9223372036854775808.0:
            raise OverflowError('timestamp out of range for platform time_t')
        a, b = t.as_integer_ratio()
        # A date takes the whole seconds (rounded down); a datetime the nearest
        # microsecond (half to even).
        us = (a // b) * 1000000 if whole_seconds else _round_half_even(a * 1000000, b)
    elif isinstance(t, int):
        if not -9223372036854775808 <= t <= 9223372036854775807:
            raise OverflowError('timestamp out of range for platform time_t')
        us = int(t) * 1000000
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(t).__name__)
    days, rest = divmod(us, _US_PER_DAY)
    o = days + 719163
    if not 1 <= o <= _MAXORDINAL:
        year = _ord_to_ymd(o)[0]
        if not -2147483648 <= year - 1900 <= 2147483647:
            raise OSError(75, 'Value too large for defined data type')
        raise ValueError('year %d is out of range' % year)
    y, m, d = _ord_to_ymd(o)
    secs, micro = divmod(rest, 1000000)
    hh, rest2 = divmod(secs, 3600)
    mi, ss = divmod(rest2, 60)
    return y, m, d, hh, mi, ss, micro


# ----- time ---------------------------------------------------------------------------

def _time_iso(hh, mi, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mi)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mi, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mi, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mi, ss, us)
    raise ValueError('Unknown timespec value')


def _parse_isotime(s):
    # 'HH[:MM[:SS[.fff[fff]]]]' (or without colons) with an optional offset
    # (+HH:MM[:SS[.ffffff]], Z); returns (hh, mm, ss, us, tz) or raises ValueError.
    tz = None
    cut = -1
    for i, ch in enumerate(s):
        if ch in '+-Z' and i > 0:
            cut = i
            break
    if cut >= 0:
        tail = s[cut:]
        s = s[:cut]
        if tail == 'Z':
            tz = _UTC
        else:
            if tail[0] == 'Z':
                raise ValueError
            sign = -1 if tail[0] == '-' else 1
            hh, mi, ss, us = _parse_hms(tail[1:])
            off = timedelta(hours=hh, minutes=mi, seconds=ss, microseconds=us)
            tz = _UTC if not off else timezone(sign * off)
    hh, mi, ss, us = _parse_hms(s)
    return hh, mi, ss, us, tz


def _parse_hms(s):
    if not s:
        raise ValueError
    frac = ''
    for sep in ('.', ','):
        if sep in s:
            s, frac = s.split(sep, 1)
            if not frac:
                # A separator with no digits after it.
                raise ValueError
            break
    if ':' in s:
        parts = s.split(':')
    else:
        if len(s) % 2:
            raise ValueError
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3:
        raise ValueError
    for p in parts:
        if len(p) != 2 or not (p.isdigit() and p.isascii()):
            raise ValueError
    vals = [int(p) for p in parts] + [0] * (3 - len(parts))
    us = 0
    if frac:
        if len(parts) != 3 or not (frac.isdigit() and frac.isascii()):
            raise ValueError
        digits = (frac + '000000')[:6]
        us = int(digits)
    return vals[0], vals[1], vals[2], us


class time:
    """A time of day: time(hour, minute, second, microsecond, tzinfo, *, fold)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold',
                 '_hashcode')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(hour, 6, 0, 0, 23):
            state = _state_bytes(hour, 'time')
            tz = minute or None
            _check_state_tzinfo(tz)
            self = object.__new__(cls)
            self._hour = state[0] & 0x7F
            self._fold = state[0] >> 7
            self._minute = state[1]
            self._second = state[2]
            self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
            self._tzinfo = tz
            return self
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        """The time written as 'HH:MM[:SS[.ffffff]]' with an optional UTC offset."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            hh, mi, ss, us, tz = _parse_isotime(s)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (time_string,)) from None
        return cls(hh, mi, ss, us, tz)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(None)
        _check_offset('utcoffset', off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(None)
        _check_offset('dst', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def __repr__(self):
        if self._microsecond:
            s = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            s = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return '%s(%s)' % (_cls_name(self), s)

    def isoformat(self, timespec='auto'):
        """'HH:MM:SS[.ffffff][+HH:MM]'; timespec picks the precision ('auto',
        'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds')."""
        return (_time_iso(self._hour, self._minute, self._second, self._microsecond,
                          timespec) + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        """Format with % directives; the date parts are those of 1900-01-01."""
        return _strftime(fmt, (1900, 1, 1, self._hour, self._minute, self._second,
                               0, 1, -1), self._microsecond, self._tzinfo, None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError('must be str, not %s' % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other, equality):
        # Comparable keys for self and other, or None (other is not a time).
        if not isinstance(other, time):
            return None
        base_s = (self._hour, self._minute, self._second, self._microsecond)
        base_o = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            # The same tzinfo: its offsets are not asked for.
            return base_s, base_o
        so, oo = self.utcoffset(), other.utcoffset()
        if so == oo:
            return base_s, base_o
        if so is None or oo is None:
            if equality:
                return False
            raise TypeError("can't compare offset-naive and offset-aware times")
        ks = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 \
            + self._microsecond - so._us()
        ko = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 \
            + other._microsecond - oo._us()
        return ks, ko

    def __eq__(self, other):
        k = self._key(other, True)
        if k is None:
            return NotImplemented
        if k is False:
            return False
        return k[0] == k[1]

    def __lt__(self, other):
        k = self._key(other, False)
        if k is None:
            return NotImplemented
        return k[0] < k[1]

    def __le__(self, other):
        k = self._key(other, False)
        if k is None:
            return NotImplemented
        return k[0] <= k[1]

    def __gt__(self, other):
        k = self._key(other, False)
        if k is None:
            return NotImplemented
        return k[0] > k[1]

    def __ge__(self, other):
        k = self._key(other, False)
        if k is None:
            return NotImplemented
        return k[0] >= k[1]

    def __hash__(self):
        off = self.utcoffset()
        us = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 \
            + self._microsecond
        if off is not None:
            us -= off._us()
        return hash(us)

    def __bool__(self):
        return True

    def __reduce_ex__(self, protocol):
        hour = self._hour + (128 if self._fold and protocol > 3 else 0)
        state = bytes((hour, self._minute, self._second)) + _us_bytes(self._microsecond)
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ----- datetime -----------------------------------------------------------------------

class datetime(date):
    """A date and a time of day: datetime(year, month, day, hour, minute, second,
    microsecond, tzinfo, *, fold)."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if _is_state(year, 10, 2, 1, 12):
            state = _state_bytes(year, 'datetime')
            tz = month
            _check_state_tzinfo(tz)
            self = object.__new__(cls)
            self._year = state[0] * 256 + state[1]
            self._month = state[2] & 0x7F
            self._fold = state[2] >> 7
            self._day = state[3]
            self._hour = state[4]
            self._minute = state[5]
            self._second = state[6]
            self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
            self._tzinfo = tz
            return self
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # -- constructors
    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """The local date and time of a POSIX timestamp (local time is UTC in mempy),
        or the time in tz when given."""
        _check_tzinfo(tz)
        y, m, d, hh, mi, ss, us = _from_timestamp(t)
        if tz is None:
            return cls(y, m, d, hh, mi, ss, us)
        return tz.fromutc(cls(y, m, d, hh, mi, ss, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive UTC date and time of a POSIX timestamp."""
        y, m, d, hh, mi, ss, us = _from_timestamp(t)
        return cls(y, m, d, hh, mi, ss, us)

    @classmethod
    def now(cls, tz=None):
        """The current local date and time (local time is UTC in mempy), or the
        current time in tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, naive."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """The datetime of a date and a time (tzinfo defaults to the time's)."""
        if not isinstance(date, _date_class):
            raise TypeError('combine() argument 1 must be datetime.date, not %s'
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError('combine() argument 2 must be datetime.time, not %s'
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime written in ISO 8601 form, e.g. '2024-01-15T10:30:00+01:00'."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        try:
            if len(s) < 7:
                raise ValueError
            # The date, then any one character, then the time (which may not be
            # empty once a separator is there).
            end = _iso_date_end(s)
            dpart, tpart = s[:end], s[end + 1:]
            if len(s) > end and not tpart:
                raise ValueError
            y, m, d = _parse_isodate(dpart)
            if tpart:
                hh, mi, ss, us, tz = _parse_isotime(tpart)
            else:
                hh = mi = ss = us = 0
                tz = None
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % (date_string,)) from None
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string according to format (see the module header for the
        directives)."""
        return cls(*_strptime(date_string, format))

    # -- parts
    def date(self):
        return _date_class(self._year, self._month, self._day)

    def time(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           fold=self._fold)

    def timetz(self):
        return _time_class(self._hour, self._minute, self._second, self._microsecond,
                           self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        """A copy with the given fields changed."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.utcoffset(self)
        _check_offset('utcoffset', off)
        return off

    def dst(self):
        if self._tzinfo is None:
            return None
        off = self._tzinfo.dst(self)
        _check_offset('dst', off)
        return off

    def tzname(self):
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, flag)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute,
                            dt._second, 0)

    def _local_us(self):
        # Microseconds since 0001-01-01T00:00 of the wall-clock fields.
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    def timestamp(self):
        """POSIX timestamp (a float); a naive datetime is taken as local time, which
        is UTC in mempy."""
        us = self._local_us() - 719163 * _US_PER_DAY
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return us / 10 ** 6

    def astimezone(self, tz=None):
        """The same instant expressed in tz (default: local time, UTC in mempy)."""
        if tz is None:
            tz = _UTC
        elif not isinstance(tz, tzinfo):
            raise TypeError('tzinfo argument must be an instance of tzinfo')
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)       # a naive datetime is local time (UTC)
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    # -- text
    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = '%s(%s' % (_cls_name(self), ', '.join(['%d' % v for v in fields]))
        if self._tzinfo is not None:
            s += ', tzinfo=%r' % (self._tzinfo,)
        if self._fold:
            s += ', fold=1'
        return s + ')'

    def isoformat(self, sep='T', timespec='auto'):
        """'YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM]' (sep between date and time)."""
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _time_iso(self._hour, self._minute, self._second, self._microsecond,
                            timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def ctime(self):
        wd = (self.toordinal() + 6) % 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[wd], _MONTHNAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), self._microsecond, self._tzinfo, self)

    # -- comparisons
    def _key(self, other, equality):
        if not isinstance(other, datetime):
            if isinstance(other, _date_class):
                if equality:
                    return False
                raise TypeError("can't compare %s to %s"
                                % (_cls_name(self), _cls_name(other)))
            return None
        if self._tzinfo is other._tzinfo:
            return self._local_us(), other._local_us()
        so, oo = self.utcoffset(), other.utcoffset()
        if (so is None) != (oo is None):
            if equality:
                return False
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        ks, ko = self._local_us(), other._local_us()
        if so is not None:
            ks -= so._us()
            ko -= oo._us()
        return ks, ko

    def __eq__(self, other):
        k = self._key(other, True)
        if k is None:
            return NotImplemented
        if k is False:
            return False
        return k[0] == k[1]

    def __lt__(self, other):
        k = self._key(other, False)
        if k is None:
            return NotImplemented
        return k[0] < k[1]

    def __le__(self, other):
        k = self._key(other, False)
        if k is None:
            return NotImplemented
        return k[0] <= k[1]

    def __gt__(self, other):
        k = self._key(other, False)
        if k is None:
            return NotImplemented
        return k[0] > k[1]

    def __ge__(self, other):
        k = self._key(other, False)
        if k is None:
            return NotImplemented
        return k[0] >= k[1]

    def __hash__(self):
        us = self._local_us()
        off = self.utcoffset()
        if off is not None:
            us -= off._us()
        return hash(us)

    # -- arithmetic
    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._local_us() + other._us()
        days, rest = divmod(us, _US_PER_DAY)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError('date value out of range')
        y, m, d = _ord_to_ymd(days)
        secs, micro = divmod(rest, 1000000)
        hh, r2 = divmod(secs, 3600)
        mi, ss = divmod(r2, 60)
        return type(self)(y, m, d, hh, mi, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        diff = self._local_us() - other._local_us()
        if self._tzinfo is not other._tzinfo:
            so, oo = self.utcoffset(), other.utcoffset()
            if (so is None) != (oo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            if so is not None:
                diff -= so._us() - oo._us()
        return _td_from_us(diff)

    def __reduce_ex__(self, protocol):
        hi, lo = divmod(self._year, 256)
        month = self._month + (128 if self._fold and protocol > 3 else 0)
        state = (bytes((hi, lo, month, self._day, self._hour, self._minute, self._second))
                 + _us_bytes(self._microsecond))
        if self._tzinfo is None:
            return (type(self), (state,))
        return (type(self), (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# ----- strptime -----------------------------------------------------------------------

def _strptime(data, fmt):
    year, month, day, hour, minute, second, us, off, zone = _strptime_parts(
        data, fmt)[:9]
    tz = None
    if off is not None:
        tz = _UTC if not off else timezone(off)
    return year, month, day, hour, minute, second, us, tz


def _julian_from_week(year, week, weekday, monday_first):
    # The day of `year` (1 = January 1st, may be <= 0) for week number `week` of
    # %W (weeks start on Monday) or %U (on Sunday) and weekday (Monday == 0). Week 1
    # starts on the year's first Monday (Sunday); the days before are week 0.
    jan1 = (_days_before_year(year) + 1 + 6) % 7    # Monday == 0
    if not monday_first:
        # Count from Sunday.
        jan1 = (jan1 + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - jan1
    return 1 + (7 - jan1) % 7 + 7 * (week - 1) + weekday


def _strptime_parts(data, fmt):
    # The fields `data` gives by `fmt`: year, month, day, hour, minute, second,
    # microsecond, the %z offset (a timedelta) or None, the %Z name or None, the
    # weekday (Monday == 0) and the day of the year as CPython's _strptime reports
    # them (a weekday given is kept even if the date disagrees; a day of the year
    # worked out from a week may pass 366). Shared by datetime.strptime and
    # time.strptime.
    if not isinstance(data, str):
        raise TypeError('strptime() argument 1 must be str, not %s'
                        % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError('strptime() argument 2 must be str, not %s'
                        % type(fmt).__name__)
    fail = ValueError('time data %r does not match format %r' % (data, fmt))
    vals = {}
    i = 0
    j = 0
    n = len(fmt)
    while j < n:
        c = fmt[j]
        if c != '%':
            if c.isspace():
                # A run of whitespace in the format matches any whitespace (or none).
                while j < n and fmt[j].isspace():
                    j += 1
                while i < len(data) and data[i].isspace():
                    i += 1
                continue
            if i >= len(data) or data[i] != c:
                raise fail
            i += 1
            j += 1
            continue
        if j + 1 >= n:
            raise ValueError("stray %% in format '%s'" % fmt)
        k = fmt[j + 1]
        j += 2
        if k == '%':
            if i >= len(data) or data[i] != '%':
                raise fail
            i += 1
            continue
        if k in 'YGmdHIMSjyfUWVwu':
            width = {'Y': 4, 'G': 4, 'f': 6, 'j': 3, 'w': 1, 'u': 1}.get(k, 2)
            start = i
            while i < len(data) and i - start < width and data[i].isdigit() \
                    and data[i].isascii():
                i += 1
            if i == start or (k in 'YGy' and i - start != width):
                raise fail
            limits = {'m': (1, 12), 'd': (1, 31), 'H': (0, 23), 'I': (1, 12),
                      'M': (0, 59), 'S': (0, 61), 'j': (1, 366), 'U': (0, 53),
                      'W': (0, 53), 'V': (0, 53), 'w': (0, 6), 'u': (1, 7)}
            lim = limits.get(k)
            if lim is not None:
                # The longest run of digits in range, as CPython's patterns take
                # ('2023' by '%m' is month 2, then '023' is left over).
                while i > start and not lim[0] <= int(data[start:i]) <= lim[1]:
                    i -= 1
                if i == start:
                    raise fail
            text = data[start:i]
            v = int(text)
            if k == 'f':
                v = int((text + '000000')[:6])
            vals[k] = v
            continue
        if k in 'bBhaA':
            names = (_MONTHNAMES[1:] if k in 'bh' else
                     _FULL_MONTHNAMES[1:] if k == 'B' else
                     _DAYNAMES if k == 'a' else _FULL_DAYNAMES)
            found = None
            for idx, name in enumerate(names):
                if data[i:i + len(name)].lower() == name.lower():
                    if found is None or len(name) > len(names[found]):
                        found = idx
            if found is None:
                raise fail
            i += len(names[found])
            vals['month' if k in 'bBh' else 'weekday'] = found + 1 if k in 'bBh' else found
            continue
        if k == 'p':
            word = data[i:i + 2].upper()
            if word not in ('AM', 'PM'):
                raise fail
            vals['p'] = word
            i += 2
            continue
        if k == 'z':
            if data[i:i + 1] == 'Z':
                vals['z'] = timedelta(0)
                i += 1
                continue
            start = i
            if i >= len(data) or data[i] not in '+-':
                raise fail
            sign = -1 if data[i] == '-' else 1
            i += 1
            digits = ''
            while i < len(data) and (data[i].isdigit() or data[i] in ':.'):
                digits += data[i]
                i += 1
            plain = digits.replace(':', '')
            frac = ''
            if '.' in plain:
                plain, frac = plain.split('.', 1)
            if len(plain) not in (4, 6) or not plain.isdigit():
                raise ValueError('Inconsistent use of : in %s' % data[start:i]
                                 if ':' in digits else str(fail))
            hh, mi = int(plain[0:2]), int(plain[2:4])
            ss = int(plain[4:6]) if len(plain) == 6 else 0
            us = int((frac + '000000')[:6]) if frac else 0
            vals['z'] = sign * timedelta(hours=hh, minutes=mi, seconds=ss,
                                         microseconds=us)
            continue
        if k == 'Z':
            for name in ('UTC', 'GMT'):
                if data[i:i + 3].upper() == name:
                    vals['Z'] = data[i:i + 3]
                    i += 3
                    break
            else:
                raise fail
            continue
        raise ValueError("'%s' is a bad directive in format '%s'" % (k, '%' + k))
    if i != len(data):
        raise ValueError('unconverted data remains: %s' % data[i:])
    year = vals.get('Y')
    if year is None and 'y' in vals:
        y = vals['y']
        year = y + (2000 if y < 69 else 1900)
    # The weekday, Monday == 0, from %a/%A, %w (Sunday == 0) or %u (Monday == 1).
    weekday = vals.get('weekday')
    if 'w' in vals:
        weekday = (vals['w'] - 1) % 7
    if 'u' in vals:
        weekday = vals['u'] - 1
    iso_year, iso_week = vals.get('G'), vals.get('V')
    week = vals.get('W', vals.get('U'))
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if 'j' in vals:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    month = vals.get('m', vals.get('month', 1))
    day = vals.get('d', 1)
    # Without a year, February 29th is worked out in a leap year (1904), then
    # reported in 1900 (where datetime refuses it and time.strptime keeps it).
    leap_fix = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_fix else 1900
    # A day of the year, given (%j) or worked out from a week number and a weekday,
    # decides the date (it may fall in the year before or after).
    julian = vals.get('j')
    if julian is None and weekday is not None:
        if week is not None:
            julian = _julian_from_week(year, week, weekday, 'W' in vals)
        elif iso_year is not None and iso_week is not None:
            ordinal = _iso_week1_monday(iso_year) + 7 * (iso_week - 1) + weekday
            year = iso_year
            julian = ordinal - _days_before_year(iso_year)
        if julian is not None and julian <= 0:
            year -= 1
            julian += 366 if _is_leap(year) else 365
    if julian is None:
        julian = _ymd_to_ord(year, month, day) - _days_before_year(year)
    else:
        year, month, day = _ord_to_ymd(_days_before_year(year) + julian)
    if weekday is None:
        weekday = (_ymd_to_ord(year, month, day) + 6) % 7
    if leap_fix:
        year = 1900
    hour = vals.get('H', 0)
    if 'I' in vals:
        hour = vals['I'] % 12
        if vals.get('p') == 'PM':
            hour += 12
    minute = vals.get('M', 0)
    second = vals.get('S', 0)
    us = vals.get('f', 0)
    return (year, month, day, hour, minute, second, us, vals.get('z'),
            vals.get('Z'), weekday, julian)
