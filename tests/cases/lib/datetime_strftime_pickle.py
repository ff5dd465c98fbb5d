# datetime: strftime through the C library (flags and widths, %Z's '%'), pickle states
# (CPython's bytes format, fold from protocol 4), timestamp limits, timezone pickles.
import datetime, pickle, copy
import datetime as dt
class Z(dt.tzinfo):
    def utcoffset(self, d): return dt.timedelta(hours=-23, minutes=-59)
    def tzname(self, d): return '%z %Z %%z%%Z'
    def dst(self, d): return None
d = dt.datetime(1, 2, 3, 4, 5, 6, 7)
for fmt in ['%Y %4Y %-d %_m %C %G %V %e %^a %#b %10A %c %x %X %D %f %-f %z %Z %%', '%', 'a%', '%5%', '%j %U %W %w %u %p %I %l %k']:
    print(repr(d.strftime(fmt)), repr(d.date().strftime(fmt)), repr(d.time().strftime(fmt)))
print(dt.time(23, 59, tzinfo=Z()).strftime("%H:%M %%Z='%Z' %%z='%z'"))
print(dt.datetime(2020, 5, 6, 7, 8, 9, tzinfo=Z()).strftime("%z|%Z|%s"))
print(format(dt.date(2020, 1, 2), '%-d/%-m'), f"{dt.datetime(2020,1,2,3):%Y-%m-%d %H}")
for t in (1e200, -1e200, 1e18, 2**63, -2**63-1, 253402300800, -62135596801, float('nan'), float('inf'), 6.7e16, 6.8e16, -6.8e16, 1.5, -1.5e-7, 2**62):
    for f in (datetime.date.fromtimestamp, datetime.datetime.utcfromtimestamp, datetime.datetime.fromtimestamp):
        try: print(f(t))
        except Exception as e: print(type(e).__name__, e)
for o in (datetime.date(2015,11,27), datetime.datetime(2015,11,27,1,2,3,4,fold=1), datetime.time(1,2,3,4, fold=1), datetime.time(1,2,3,4, tzinfo=datetime.timezone.utc, fold=1), datetime.datetime(1,2,3, tzinfo=datetime.timezone(datetime.timedelta(hours=1), 'X'))):
    print(o.__reduce__())
    for p in range(6):
        print(p, o.__reduce_ex__(p), pickle.loads(pickle.dumps(o, p)) == o, pickle.loads(pickle.dumps(o, p)).fold if hasattr(o, 'fold') else '')
    print(copy.copy(o) == o, copy.deepcopy(o) == o)
print(datetime.timezone.utc.__reduce__(), datetime.timezone(datetime.timedelta(hours=1),'X').__reduce__())
for bad in [(b'\x07\xdf\x0b',), ('\u1234\x07\x0b\x1b',), ('\x07\xdf\x0b\x1b',), (b'\x07\xdf\x8b\x1b',)]:
    try: print(repr(datetime.date(*bad)))
    except Exception as e: print(type(e).__name__, e)
for bad in [(b'\x01\x02\x03\x00\x00\x04', 'x'), ('\x81\x02\x03\x00\x00\x04',), (b'\x18\x02\x03\x00\x00\x04',)]:
    try: print(repr(datetime.time(*bad)))
    except Exception as e: print(type(e).__name__, e)
for bad in [(b'\x07\xdf\x8b\x1b\x01\x02\x03\x00\x00\x04', 1), (b'\x07\xdf\x8b\x1b\x01\x02\x03\x00\x00\x04',), ('\x07\xdf\x0b\x1b\x01\x02\x03\x00\x00\x04', datetime.timezone.utc)]:
    try: print(repr(datetime.datetime(*bad)))
    except Exception as e: print(type(e).__name__, e)
class Sub(datetime.datetime): pass
s = Sub(2000, 1, 2, fold=1)
print(pickle.loads(pickle.dumps(s, 4)), type(pickle.loads(pickle.dumps(s))).__name__)
data = [b"cdatetime\ndate\n(S'\\x07\\xdf\\x0b\\x1b'\ntR.", b'\x80\x02cdatetime\ndate\nU\x04\x07\xdf\x0b\x1b\x85R.']
for d in data: print(pickle.loads(d, encoding='latin1'))
print(pickle.dumps(datetime.date(2015,11,27), 2))
class FixedSlots(datetime.tzinfo):
    __slots__ = ('_o', '_n')
    def __init__(self, o=None, n=None): self._o = o; self._n = n
    def utcoffset(self, d): return self._o
    def tzname(self, d): return self._n
    def dst(self, d): return None
fs = FixedSlots(datetime.timedelta(hours=2), 'c')
for p in range(6):
    d = pickle.loads(pickle.dumps(fs, p)); print(p, d._o, d._n)
