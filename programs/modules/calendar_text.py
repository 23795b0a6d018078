# calendar: text month and year, weekday/monthrange/isleap, monthcalendar, firstweekday, day and month names (C locale)
import calendar
print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=1))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2025, 6))
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.weekday(2024, 7, 4), calendar.monthrange(2024, 2))
print(calendar.monthcalendar(2024, 3))
print(list(calendar.day_name), list(calendar.month_abbr))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.firstweekday())
cal = calendar.Calendar()
print([d for d in cal.itermonthdays(2024, 2)][:10], list(cal.iterweekdays()))
print(calendar.calendar(2024, m=4)[:400])
print(calendar.HTMLCalendar().formatmonthname(2024, 5))
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
