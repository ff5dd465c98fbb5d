"""mempy's `_datetime`, standing in for CPython's C implementation of the datetime
types, which CPython's `datetime` re-exports (so `datetime.date is _datetime.date`
there). mempy has one implementation, in `datetime`; this module names the same
objects. Left out: `datetime_CAPI` (a capsule for C extensions)."""

from datetime import (MAXYEAR, MINYEAR, UTC, date, datetime, time, timedelta,
                      timezone, tzinfo)
