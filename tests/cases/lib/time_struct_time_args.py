# time.struct_time's optional dict, and C-int overflow of a time tuple's fields.
import time
f = (2024, 1, 2, 3, 4, 5, 6, 7, 0)
print(time.struct_time(f).tm_zone, time.struct_time(f, {'tm_zone': 'UTC'}).tm_zone)
t = time.struct_time(f, {'tm_gmtoff': 60, 'other': 1})
print(t.tm_gmtoff, t.tm_zone, t)
t = time.struct_time(f + ('A',), {'tm_zone': 'UTC', 'tm_gmtoff': 5})
print(t.tm_zone, t.tm_gmtoff)
for bad in (['tm_zone', 'UTC'], 5):
    try:
        time.struct_time(f, bad)
    except TypeError as e:
        print('TypeError', e)
big = 2147483648
for case in [(big, 1, 1, 0, 0, 0, 0, 0, 0), (2024, 1, 1, 0, 0, big, 0, 0, 0),
             (2024, 1, -big - 1, 0, 0, 0, 0, 0, 0)]:
    for name, fn in [('mktime', time.mktime), ('asctime', time.asctime),
                     ('strftime', lambda c: time.strftime('%Y', c))]:
        try:
            fn(case)
        except OverflowError as e:
            print(name, 'OverflowError', e)
