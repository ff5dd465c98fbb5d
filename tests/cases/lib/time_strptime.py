# time.strptime: the common directives, the default format, struct_time's fields,
# and CPython's errors.
import time

def show(t):
    print(t, t.tm_zone, t.tm_gmtoff)

show(time.strptime('2023-01-05 10:11:12', '%Y-%m-%d %H:%M:%S'))
show(time.strptime('Thu Jan  5 10:11:12 2023'))
show(time.strptime('2023-01-05 10:11:12 +0130', '%Y-%m-%d %H:%M:%S %z'))
show(time.strptime('2023-01-05 10:11:12 -05:00', '%Y-%m-%d %H:%M:%S %z'))
show(time.strptime('2024 366', '%Y %j'))
show(time.strptime('12 PM', '%I %p'))
show(time.strptime('12 AM', '%I %p'))
show(time.strptime('07 pm', '%I %p'))
show(time.strptime('99-12-31', '%y-%m-%d'))
show(time.strptime('05-06-07', '%y-%m-%d'))
show(time.strptime('Monday, March 04 2019', '%A, %B %d %Y'))
show(time.strptime('mar 4 2019', '%b %d %Y'))
show(time.strptime('10:11:12.345', '%H:%M:%S.%f'))
show(time.strptime('10%', '%d%%'))
show(time.strptime('2023-01-05 UTC', '%Y-%m-%d %Z'))
t = time.strptime('1999-02-28', '%Y-%m-%d')
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst, tuple(t), len(t))
print(time.strftime('%Y-%m-%d', t) == '1999-02-28')
x = time.gmtime(1000)
s = time.strftime('%Y-%m-%d-%H-%M-%S', x)
print(tuple(time.strptime(s, '%Y-%m-%d-%H-%M-%S'))[:6] == tuple(x)[:6])
for data, fmt in [('2023', '%m'), ('2023-01-05x', '%Y-%m-%d'), ('abc', '%Y'),
                  ('2023-13-01', '%Y-%m-%d'), ('2023-01-05', '%Y/%m/%d'),
                  ('25:00', '%H:%M'), ('', '%Y'), ('1', '%Q')]:
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print('ValueError:', e)
