# locale in a fresh process: LC_CTYPE is C.UTF-8, the rest C; switching between the
# C locales, unsupported names, the C locale's number formatting and conventions.
import locale

print(locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))
print(locale.getlocale(), locale.getlocale(locale.LC_NUMERIC))
print(locale.getpreferredencoding(), locale.getpreferredencoding(False),
      locale.getencoding())
print(locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL, locale.CHAR_MAX)
print(locale.localeconv())
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, 'POSIX'), locale.getlocale())
print(locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8'), locale.setlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_CTYPE, ('C', None)))
saved = locale.setlocale(locale.LC_ALL)
print(locale.setlocale(locale.LC_ALL, 'C'), locale.setlocale(locale.LC_ALL, saved))
for name in ('xx_YY.UTF-8', 'de_DE@euro'):
    try:
        locale.setlocale(locale.LC_ALL, name)
    except locale.Error as e:
        print(type(e).__module__, type(e).__name__, e)
try:
    locale.setlocale(99)
except locale.Error as e:
    print(e)
try:
    locale.setlocale(99, 'C')
except locale.Error as e:
    print(e)
print(issubclass(locale.Error, Exception))
print(locale.format_string('%d items at %.2f', (1234567, 3.14159), grouping=True))
print(locale.format_string('%(n)s=%(v)05d', {'n': 'x', 'v': 42}))
print(locale.str(3.14159265358979), locale.str(1e20), locale.str(2.0))
print(locale.atof('2.5'), locale.atoi('-17'), locale.atof('7', int))
print(locale.delocalize('1234.5'), locale.localize('1234.5', grouping=True))
print(locale.strcoll('a', 'b'), locale.strcoll('b', 'a'), locale.strcoll('x', 'x'))
print(sorted(['b', 'B', 'a', 'A'], key=locale.strxfrm))
try:
    locale.currency(1.5)
except ValueError as e:
    print(e)
print(locale.nl_langinfo(locale.CODESET), locale.nl_langinfo(locale.RADIXCHAR),
      repr(locale.nl_langinfo(locale.THOUSEP)))
