# "Did you mean" follows CPython 3.11's suggestions.c: attribute candidates are
# dir(obj) in its sorted order, so of two equally close names the first in dir()
# wins; 750 candidates or more give no hint (a big class, a function with many
# locals); over 40 differing bytes is never close.
import sys


class Tie:
    blucha = None
    bluc = None


class Sub:
    blach = None
    bluc = None


for cls in (Tie, Sub):
    try:
        cls().bluch
    except AttributeError:
        sys.__excepthook__(*sys.exc_info())


class Big:
    blech = None


for i in range(760):
    setattr(Big, 'index_%d' % i, None)
try:
    Big().bluch
except AttributeError:
    sys.__excepthook__(*sys.exc_info())

ns = {}
exec('def many():\n    ' + ' = '.join('a%d' % i for i in range(1, 800)) + ' = None\n'
     '    print(a0)\n', ns)
try:
    ns['many']()
except NameError:
    sys.__excepthook__(*sys.exc_info())


class Long:
    pass


# A common prefix and suffix are trimmed before the length limit applies.
setattr(Long, 'x' * 45 + 'abc', 1)
setattr(Long, 'c' + 'y' * 45 + 'd', 1)
for name in ('x' * 45 + 'abd', 'a' + 'y' * 45 + 'b'):
    try:
        getattr(Long(), name)
    except AttributeError:
        sys.__excepthook__(*sys.exc_info())


class Case:
    Value = 1
    valuez = 2


try:
    Case().value
except AttributeError:
    sys.__excepthook__(*sys.exc_info())
