# A user script printing calendars: text and HTML formats, the month/year
# helpers, first weekday settings and the errors for bad arguments.
import calendar

print(calendar.month(2024, 2))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025))
print(calendar.monthrange(2024, 2), calendar.weekday(2026, 12, 8))
print(calendar.day_name[0], calendar.day_abbr[6], calendar.month_name[12], calendar.month_abbr[1:4])
print(len(calendar.month_name), list(calendar.day_name))
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2025, 3, w=3))
print(cal.formatweekheader(9))
print(list(cal.iterweekdays()))
print(calendar.Calendar(6).monthdayscalendar(2023, 10))
print(list(calendar.Calendar().itermonthdays3(2023, 12))[-5:])
print(list(calendar.Calendar(2).itermonthdays4(2024, 1))[:3])
print(calendar.Calendar().monthdatescalendar(2022, 5)[0])
print(calendar.timegm((2024, 3, 1, 12, 30, 15)))
print(calendar.calendar(2023, w=2, l=1, c=4, m=4))
html = calendar.HTMLCalendar(firstweekday=0)
print(html.formatmonth(2024, 7))
page = html.formatyearpage(2021, width=4, css=None)
print(type(page).__name__, len(page), page[:60])
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 9)[0])
print(calendar.weekheader(2))
calendar.prmonth(2000, 1)
for bad in (lambda: calendar.monthrange(2024, 13), lambda: calendar.setfirstweekday(9)):
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2) + '|')
