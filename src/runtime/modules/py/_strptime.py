"""mempy's `_strptime` (CPython's Lib/_strptime.py): the string parsing behind
datetime.strptime and time.strptime, here over the directive parser of mempy's
`datetime` module.

Provides _strptime_datetime(cls, string, format) (what `cls.strptime` returns)
and _strptime_time(string, format) (time.strptime's struct_time). Left out:
_strptime() itself, TimeRE, LocaleTime and the regular-expression cache (mempy's
parser reads the format directly)."""


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """An instance of cls (a date/datetime class) from data_string by format."""
    from datetime import _strptime
    return cls(*_strptime(data_string, format))


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime(data_string, format)."""
    import time
    return time.strptime(data_string, format)
