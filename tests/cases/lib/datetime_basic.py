# datetime: timedelta, date, time, datetime, timezone: construction, normalisation,
# arithmetic, comparisons, repr/str/isoformat, strftime/strptime, fromisoformat, and
# CPython's error messages. (now()/today() are only checked for their types.)
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone

# (The messages for unsupported operand types, such as `date(2024, 1, 1) + 1`, name
# the types 'timedelta', 'date' ... in mempy, where CPython's C types say
# 'datetime.timedelta'; they are not tested here.)

# --- timedelta
for td in [timedelta(), timedelta(1), timedelta(days=-1, seconds=5), timedelta(hours=25),
           timedelta(minutes=-1), timedelta(microseconds=-1), timedelta(weeks=2, days=3),
           timedelta(milliseconds=1500), timedelta(hours=1.5), timedelta(seconds=0.5),
           timedelta(days=0.1), timedelta(microseconds=2.5), timedelta(microseconds=3.5),
           timedelta(seconds=1, microseconds=-1), timedelta(days=2, seconds=3, microseconds=4)]:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(days=1, hours=2), timedelta(hours=5, minutes=30)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 3 * b, a * 1.5, a / 2, a / 4.0, a / b,
      a // b, a // 5, a % b, divmod(a, b))
print(a > b, a == timedelta(hours=26), a != b, timedelta(0) == 0, bool(timedelta(0)),
      bool(timedelta(microseconds=1)), sorted([a, b, timedelta(0)]))
print(timedelta.max, timedelta.min, timedelta.resolution, repr(timedelta.max))
print(timedelta(seconds=-1) // timedelta(seconds=3), timedelta(seconds=7) % timedelta(seconds=-3))
for f in [lambda: a / 0, lambda: a // 0, lambda: a / timedelta(0), lambda: a % timedelta(0),
          lambda: timedelta(days=10 ** 9), lambda: timedelta("1"),
          lambda: timedelta.max + timedelta(1)]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(hash(timedelta(1)) == hash(timedelta(hours=24)), {timedelta(1): "day"}[timedelta(seconds=86400)])

# --- date
d = date(2024, 2, 29)
print(repr(d), str(d), d.isoformat(), d.year, d.month, d.day, d.weekday(), d.isoweekday(),
      d.toordinal(), d.ctime(), d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week)
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), date(2000, 1, 1) - d,
      d + timedelta(hours=47), timedelta(days=10) + d)
print(d.replace(day=1), d.replace(year=2023, day=28), date.fromordinal(738000),
      date.fromisoformat("2021-07-04"), date.fromisoformat("20210704"),
      date.fromisoformat("2021-W01-1"), date.fromisocalendar(2020, 53, 7))
print(date.min, date.max, date.resolution, date(1, 1, 1).toordinal(), date.max.toordinal())
print(d > date(2024, 1, 1), d == date(2024, 2, 29), d != date(2024, 3, 1), sorted(
    [date(2024, 5, 1), date(2023, 1, 1), d]), d == "2024-02-29", hash(d) == hash(date(2024, 2, 29)))
for y, m, dd in [(2023, 1, 1), (2023, 12, 31), (2024, 12, 30), (2021, 1, 3), (2020, 12, 31),
                 (2015, 12, 31), (2016, 1, 3), (1, 1, 1), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), x.weekday(), x.strftime("%j %U %W %G-%V-%u %a %A %b %B %y"))
print(d.strftime("%Y-%m-%d %H:%M:%S %f %p %I %c | %x | %X %% %e %D %F %T %Z %z."))
print(format(d, "%d/%m/%Y"), format(d, ""), f"{d:%A, %B %d}", "{:%y%m%d}".format(d))
print(date(999, 3, 5).strftime("%Y %C %y"), date(2024, 1, 7).strftime("%U %W %w %u"))
print(d.timetuple()[:8], d.timetuple().tm_yday)
for args in [(0, 1, 1), (2024, 13, 1), (2023, 2, 29), (2024, 4, 31), (10000, 1, 1), (2024.0, 1, 1),
             ("2024", 1, 1), (2024, 0, 1), (2024, 1, 0)]:
    try:
        date(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for f in [lambda: date.fromordinal(0), lambda: date.max + timedelta(1),
          lambda: date.min - timedelta(1), lambda: date.fromisoformat("2024-1-1"),
          lambda: date.fromisoformat("2024-02-30"), lambda: date.fromisoformat(20240101),
          lambda: date(2024, 1, 1) < datetime(2024, 1, 1),
          lambda: date.fromisocalendar(2021, 53, 1), lambda: date.fromisocalendar(2021, 1, 8)]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(date(2024, 1, 1) == datetime(2024, 1, 1))

# --- time
for t in [time(), time(12, 30), time(12, 30, 15), time(12, 30, 15, 250), time(23, 59, 59, 999999),
          time(1, 2, 3, tzinfo=timezone.utc), time(4, 5, fold=1),
          time(6, 7, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))]:
    print(repr(t), str(t), t.isoformat(), t.isoformat("minutes"), t.isoformat("milliseconds"),
          t.utcoffset(), t.tzname())
t = time(9, 5, 7, 123456)
print(t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.isoformat("hours"),
      t.isoformat("seconds"), t.isoformat("microseconds"), t.replace(hour=10), t.replace(microsecond=0))
print(t.strftime("%H:%M:%S.%f %I%p %Y-%m-%d"), format(t, "%H.%M"), f"{t}")
print(time(1) < time(2), time(1, 0) == time(1), time.min, time.max, time.resolution,
      sorted([time(5), time(1), time(3)]), bool(time()), time(12, tzinfo=timezone.utc) == time(13, tzinfo=timezone(timedelta(hours=1))))
print(time.fromisoformat("04:23:01"), time.fromisoformat("04:23"), time.fromisoformat("04:23:01.000384"),
      repr(time.fromisoformat("04:23:01+04:00")), time.fromisoformat("T0423"), time.fromisoformat("04:23:01Z"))
for f in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 10 ** 6),
          lambda: time(fold=2), lambda: t.isoformat("days"), lambda: time.fromisoformat("25:00"),
          lambda: time.fromisoformat("1:00"), lambda: time(1) < time(2, tzinfo=timezone.utc),
          lambda: time(tzinfo=5)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(time(1) == time(1, tzinfo=timezone.utc))

# --- datetime
x = datetime(2024, 3, 10, 14, 5, 9, 42)
print(repr(x), str(x), x.isoformat(), x.isoformat(" "), x.isoformat(timespec="seconds"),
      x.isoformat("T", "milliseconds"), x.isoformat(timespec="hours"))
print(repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 7)),
      str(datetime(2024, 1, 1)))
print(x.date(), x.time(), repr(x.timetz()), x.year, x.hour, x.microsecond, x.weekday(), x.ctime())
print(x + timedelta(hours=10), x - timedelta(days=70), x - datetime(2024, 1, 1),
      datetime(2024, 1, 1) - x, x + timedelta(microseconds=999958), timedelta(1) + x)
print(x.replace(hour=0, minute=0, second=0, microsecond=0), x.replace(tzinfo=timezone.utc))
print(datetime.combine(date(2020, 5, 17), time(8, 30)), datetime.combine(d, time(1, tzinfo=timezone.utc)))
print(datetime.fromisoformat("2011-11-04"), datetime.fromisoformat("2011-11-04T00:05:23"),
      datetime.fromisoformat("2011-11-04 00:05:23.283"), datetime.fromisoformat("2011-11-04T00:05:23Z"),
      repr(datetime.fromisoformat("2011-11-04T00:05:23+04:00")), datetime.fromisoformat("20111104T000523"),
      datetime.fromisoformat("2011-W01-2T00:05:23.283"))
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %j %I:%M %p %c|%x|%X|%z|%Z"))
print(datetime(2024, 1, 1, 0, 30).strftime("%I %p %l"), datetime(2024, 1, 1, 12, 30).strftime("%I %p"))
print(f"{x:%d.%m.%Y %H:%M}", format(x, ""), "{:%H}".format(x))
print(datetime.strptime("2024-03-10 14:05:09", "%Y-%m-%d %H:%M:%S"),
      datetime.strptime("10/03/24", "%d/%m/%y"), datetime.strptime("March 5 1999", "%B %d %Y"),
      datetime.strptime("5 mar 1999 07:08 PM", "%d %b %Y %I:%M %p"),
      datetime.strptime("2024-01-01T10:00:00.5", "%Y-%m-%dT%H:%M:%S.%f"),
      repr(datetime.strptime("2024-01-01 10:00 +0530", "%Y-%m-%d %H:%M %z")),
      datetime.strptime("12:30", "%H:%M"), datetime.strptime("2024 60", "%Y %j"),
      datetime.strptime("Mon 2024", "%a %Y"))
for s, f in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("abc", "%Y"),
             ("2024", "%d"), ("2024-02-30", "%Y-%m-%d")]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print("ValueError:", e)
print(datetime.min, datetime.max, datetime.resolution)
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(1700000000.5),
      datetime.fromtimestamp(86400 * 365, timezone.utc), datetime.fromtimestamp(0, timezone(timedelta(hours=2))))
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1970, 1, 2, tzinfo=timezone(timedelta(hours=1))).timestamp())
print(type(datetime.now()).__name__, type(date.today()).__name__, type(datetime.utcnow()).__name__,
      datetime.now(timezone.utc).tzinfo, datetime.now() > datetime(2020, 1, 1))

# aware datetimes
utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
u = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
c = u.astimezone(cet)
i = u.astimezone(ist)
print(repr(u), repr(c), str(i), u == c, u == i, c - i, hash(u) == hash(c))
print(c.utcoffset(), c.tzname(), c.dst(), i.tzname(), u.tzname(), u.isoformat(), i.isoformat())
print(datetime(2024, 6, 1, 13, tzinfo=cet) < datetime(2024, 6, 1, 12, 30, tzinfo=utc),
      sorted([i, c, u.replace(hour=11)]), u.astimezone(ist).astimezone(utc) == u)
print(repr(utc), str(utc), repr(cet), str(cet), repr(ist), str(ist), repr(timezone(timedelta(0))),
      repr(timezone(timedelta(hours=-5))), str(timezone(timedelta(hours=-5))), timezone(timedelta(seconds=30)),
      timezone.min, timezone.max, dt.UTC is utc, utc == timezone(timedelta(0), "Z"))
print(u.strftime("%z %Z"), c.strftime("%z %Z"), i.strftime("%H:%M %z"))
print(datetime(2024, 1, 1) == u, datetime(2024, 6, 1, 12) != u)
for f in [lambda: datetime(2024, 1, 1) < u, lambda: datetime(2024, 1, 1) - u,
          lambda: timezone(timedelta(hours=24)), lambda: timezone(5), lambda: timezone(timedelta(0), 3),
          lambda: datetime(2024, 1, 1, tzinfo="UTC"), lambda: datetime.max + timedelta(1),
          lambda: datetime(2024, 1, 1) < date(2024, 1, 1)]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

class Fixed(dt.tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name
    def utcoffset(self, d):
        return self.off
    def tzname(self, d):
        return self.name
    def dst(self, d):
        return timedelta(0)
    def __repr__(self):
        return "Fixed(%s)" % self.name

k = datetime(2024, 1, 1, 9, tzinfo=Fixed(-8, "PST"))
print(repr(k), k, k.utcoffset(), k.tzname(), k.astimezone(utc), k.astimezone(Fixed(2, "EET")),
      k.strftime("%Z %z"))
try:
    dt.tzinfo().utcoffset(None)
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(dt.MINYEAR, dt.MAXYEAR, dt.date, dt.datetime, dt.timedelta, dt.timezone, dt.tzinfo, dt.time)
print(issubclass(datetime, date), isinstance(x, date), isinstance(d, datetime))

# a small report
start = datetime(2024, 1, 29, 9, 0)
for k in range(4):
    when = start + k * timedelta(days=1, hours=7, minutes=30)
    print(when.strftime("%a %d %b %Y %H:%M"), (when - start).total_seconds() / 3600, when.isocalendar()[1])
