# locale.format (deprecated, one conversion only) and NUL characters in strcoll /
# strxfrm arguments.
import locale
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(repr(locale.format('%.2f', 12345.67, grouping=True)))
    print(w[0].category.__name__, w[0].message)
warnings.simplefilter('ignore')
for f, v in [('%d %d', (1, 2)), ('%d', 1), ('%(x)s', {'x': 1}), ('%-10.f', 4200),
             ('%%', ()), ('x%d', 1), ('%5s', 'ab')]:
    try:
        print(repr(locale.format(f, v)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    print(locale.format('%d', 1, 0, 0, 5))
except TypeError as e:
    print('TypeError', e)
for f in (lambda: locale.strcoll('a\0', 'a'), lambda: locale.strcoll('a', 'a\0'),
          lambda: locale.strxfrm('a\0'), lambda: locale.strcoll(1, 'a'),
          lambda: locale.strcoll('a', 2), lambda: locale.strxfrm(1)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(locale.strcoll('a', 'b'), locale.strxfrm('abc'))
