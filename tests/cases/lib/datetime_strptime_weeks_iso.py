# datetime/time.strptime: week numbers (%U %W with %w/%u/%a), ISO weeks (%G %V %u),
# %j deciding the date, the ISO-directive errors; fromisoformat's separator rules;
# tzname() results checked; time comparisons with one tzinfo do not ask it.
import datetime, time
D = datetime.datetime
cases = [('6/04/03', '%w/%U/%y'), ('6/4/2003', '%u/%W/%Y'), ('6/4/2003', '%u/%V/%G'), ('2003 1 0', '%Y %U %w'), ('2003 0 3', '%Y %W %w'),
         ('2009 0 Mon', '%Y %U %a'), ('2010 52 7', '%G %V %u'), ('2020 53 5', '%G %V %u'), ('2021 1 1', '%G %V %u'), ('2004 1 1', '%G %V %u'),
         ('2003 100', '%Y %j'), ('2003 100 12 30', '%Y %j %m %d'), ('2003 5 Sunday', '%Y %W %A'), ('1999 53 0', '%Y %U %w'),
         ('2020 10', '%G %V'), ('2020 10 1', '%Y %V %u'), ('10 1', '%V %u'), ('2020 10 1 5', '%G %V %u %j'), ('2020', '%G'), ('5', '%u'), ('2020 3', '%Y %w'),
         ('2003 0 0', '%Y %U %w'), ('2006 0 0', '%Y %W %w'), ('2007 0 1', '%Y %W %w'), ('2007 0 1', '%Y %U %w')]
for s, f in cases:
    try: print(s, f, D.strptime(s, f))
    except Exception as e: print(s, f, type(e).__name__, e)
    try: print(' ', tuple(time.strptime(s, f)))
    except Exception as e: print(' ', type(e).__name__, e)
import datetime as c
for s in ['2020-01-01T', '2020-01-01', '2025W014T030405', '2025W014503', '2025-W01003+00', '2020W537 03:04:05', '2025-W01-3T00', '2025-W01-3', '2025-W01', '2025-W01T10', '2025-W01-', '2025-W0', '2025W01', '20250101', '20250101T12', '2025-01-01 12:30', '2025-01-01x12', '2025-01', '2025-0101', '202501-01', '2025W01-3', '2025-W013', '2025-W01-3-10:00', '2025W0130405', '202', '2025-01-01T12:30:45.123456+05:30', '2025-01-01T24:00', '2025-13-01', '2025-W53-1', '2020-W53-7']:
    for f in (c.datetime.fromisoformat, c.date.fromisoformat):
        try: print(s, repr(f(s)))
        except Exception as e: print(s, type(e).__name__, e)
for s in ['2022W52520', '2026W01516']:
    print(s, repr(c.datetime.fromisoformat(s)))
for s in ['12:30:15.', '12:30:15,']:
    try:
        print(c.time.fromisoformat(s))
    except ValueError as e:
        print('ValueError', e)


class B(c.tzinfo):
    def tzname(self, dt):
        return 42

    def utcoffset(self, dt):
        return None

    def dst(self, dt):
        return None


for o in (c.time(1, tzinfo=B()), c.datetime(2000, 1, 1, tzinfo=B())):
    for f in (lambda: o.tzname(), lambda: o.strftime('%Z'), lambda: o.strftime('%H')):
        try:
            print(f())
        except TypeError as e:
            print('TypeError', e)


class Picky(c.tzinfo):
    def utcoffset(self, t):
        return c.timedelta(minutes=t.minute)


p = Picky()
print(c.time(1, 2, tzinfo=p) < c.time(1, 3, tzinfo=p), c.time(1, 2, tzinfo=p) == c.time(1, 2, tzinfo=p))
Z = c.timedelta(0)
for a in [(Z, None), (Z, 42), (c.timedelta(hours=1),), (Z,), (Z, 'UTC')]:
    try:
        print(repr(c.timezone(*a)))
    except TypeError as e:
        print('TypeError', e)
import time
print(time.timezone, time.altzone, time.daylight, time.tzname, time._STRUCT_TM_ITEMS)
