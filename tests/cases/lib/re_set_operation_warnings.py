# re warns (FutureWarning) about character sets whose meaning may change: a nested
# set, and `--`, `&&`, `~~`, `||` inside a set; the warning names the code that called
# re, is issued once per pattern (re's cache) and comes before a syntax error.
import re
import warnings

warnings.simplefilter('always')

def show(pattern, flags=0):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            re.compile(pattern, flags)
            result = 'ok'
        except re.error as e:
            result = 'error: %s' % e
    print(repr(pattern), result)
    for w in ws:
        print('   ', w.category.__name__, w.message, w.lineno == show.__code__.co_firstlineno + 4)

for p in ['[[a]', '[^[a]', '[a--b-]', '[a&&b]', '[a||b]', '[a~~b]', '[-&&]',
          '[a-z&&b]', '[&&]', '[]--]', '(?:[[x])', '[\\--a]', '[a\\&&b]', '[a&\\&b]',
          '[a--]', '[[:alpha:]]', '[a-]', '[ab]', b'[[b]', '[x||y&&z~~w]']:
    show(p)
show('[[a]', re.I)

# A second compile of the same pattern finds it in the cache: no warning.
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    re.compile('[[a]')
    re.match('[a||b]', 'a')
print(len(ws))

# The warning's location is the caller of re.compile / re.match / re.sub.
with warnings.catch_warnings(record=True) as ws:
    warnings.simplefilter('always')
    re.sub('[q&&r]', '', 'x')
    re.findall('[[z]', 'y')
for w in ws:
    print(w.message, w.filename == __file__)

# Turned into errors by the filters.
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        re.compile('[b~~c]')
    except FutureWarning as e:
        print('FutureWarning:', e)
