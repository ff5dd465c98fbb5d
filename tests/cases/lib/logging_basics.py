# logging: levels and their names, the logger hierarchy (placeholders, parents,
# effective levels, propagate), handlers/formatters in the three styles, filters,
# extra, exc_info and stack_info text, disable, LoggerAdapter, and the stderr
# output of lastResort and basicConfig.
import io
import logging
import sys

print(logging.getLevelName(10), logging.getLevelName('ERROR'), logging.getLevelName(15))
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
for bad in ('NOPE', 2.5):
    try:
        logging.getLogger('x').setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# lastResort: no handlers anywhere -> WARNING and up, message only, on stderr.
lone = logging.getLogger('lone')
lone.info('dropped')
lone.warning('last resort %s', 'warning')
print(logging.lastResort, logging.root, lone)

# hierarchy: a.b.c made before a.b
abc = logging.getLogger('a.b.c')
print(abc.parent is logging.root)
ab = logging.getLogger('a.b')
print(abc.parent is ab, ab.parent is logging.root, logging.getLogger('a').parent is logging.root)
print(abc.parent is ab, logging.getLogger('a.b').getChild('c') is abc)
print(logging.getLogger() is logging.root, logging.getLogger('root') is logging.root)
ab.setLevel(logging.ERROR)
print(abc.getEffectiveLevel(), abc.isEnabledFor(logging.WARNING), abc.isEnabledFor(40))

out = io.StringIO()
h = logging.StreamHandler(out)
h.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(module)s|%(funcName)s|%(message)s'))
app = logging.getLogger('app')
app.addHandler(h)
app.setLevel(logging.DEBUG)
app.propagate = False

def work():
    app.debug('debug %d', 1)
    app.info('info %(k)s', {'k': 'mapping'})
    app.log(15, 'custom level')
work()
app.getChild('sub').warning('from child')
print(out.getvalue(), end='')

# styles
for fmt, style in (('{levelname}:{name}:{message!r:>12}', '{'),
                   ('$levelname/$name/${message}', '$'),
                   ('%(levelno)03d %(message)-6s|', '%')):
    out = io.StringIO()
    h2 = logging.StreamHandler(out)
    h2.setFormatter(logging.Formatter(fmt, style=style))
    lg = logging.getLogger('style' + style)
    lg.propagate = False
    lg.addHandler(h2)
    lg.error('hi')
    print(out.getvalue(), end='')
for fmt, style in (('no fields', '%'), ('{bad', '{'), ('nothing', '$'), ('%(x)s', '#')):
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print('ValueError', e)
f = logging.Formatter('%(message)s %(custom)s', defaults={'custom': 'dflt'})
print(f.format(logging.makeLogRecord({'msg': 'm'})))
try:
    logging.Formatter('%(missing)s').format(logging.makeLogRecord({'msg': 'm'}))
except ValueError as e:
    print('ValueError', e)

# time formatting from a fixed timestamp
rec = logging.makeLogRecord({'msg': 'timed', 'created': 86400.25, 'msecs': 250.0})
tf = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y/%m/%d')
tf.converter = __import__('time').gmtime
print(tf.format(rec), tf.usesTime())
tf2 = logging.Formatter('%(asctime)s')
tf2.converter = __import__('time').gmtime
print(tf2.format(rec))

# filters: Filter objects by name, callables, on loggers and handlers
out = io.StringIO()
fh = logging.StreamHandler(out)
fh.setFormatter(logging.Formatter('%(name)s:%(message)s'))
top = logging.getLogger('top')
top.propagate = False
top.addHandler(fh)
fh.addFilter(logging.Filter('top.keep'))
logging.getLogger('top.keep.x').warning('kept')
logging.getLogger('top.drop').warning('dropped')
logging.getLogger('top.keeper').warning('dropped too')
fh.removeFilter(fh.filters[0])
top.addFilter(lambda r: 'secret' not in r.getMessage())
top.warning('public')
top.warning('secret')
print(out.getvalue(), end='')

# extra, exc_info, stack_info
out = io.StringIO()
eh = logging.StreamHandler(out)
eh.setFormatter(logging.Formatter('%(message)s [%(user)s]'))
ex = logging.getLogger('ex')
ex.propagate = False
ex.addHandler(eh)
ex.error('with extra', extra={'user': 'bob'})
try:
    ex.error('bad', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
eh.setFormatter(logging.Formatter('%(message)s'))
try:
    1 / 0
except ZeroDivisionError:
    ex.exception('caught')
ex.error('explicit', exc_info=ValueError('v'))
print(out.getvalue(), end='')

# disable, adapter, handler level, NullHandler
out = io.StringIO()
dh = logging.StreamHandler(out)
dh.setLevel(logging.WARNING)
dl = logging.getLogger('dis')
dl.propagate = False
dl.addHandler(dh)
dl.addHandler(logging.NullHandler())
dl.setLevel(logging.DEBUG)
dl.info('below handler level')
logging.disable(logging.WARNING)
dl.warning('disabled')
dl.error('shown')
logging.disable(logging.NOTSET)
ad = logging.LoggerAdapter(dl, {'ip': '1.2.3.4'})
ad.warning('adapted')
print(ad, dl.hasHandlers(), logging.getLogger('nohandlers').hasHandlers())
print(out.getvalue(), end='')
print(repr(dh), repr(logging.NullHandler()), repr(logging.Handler()))

# basicConfig: root handler on stderr with the default format
logging.basicConfig(level=logging.INFO)
logging.info('root info')
logging.getLogger('lone').warning('propagates to root')
logging.basicConfig(format='ignored')
print(len(logging.root.handlers), logging.root.level)
logging.basicConfig(force=True, stream=sys.stdout, format='%(levelname)s-%(message)s')
logging.warning('to stdout')
try:
    logging.basicConfig(force=True, stream=sys.stdout, filename='x.log')
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print(e)
rec = logging.LogRecord('n', 20, '/p/mod.py', 7, 'a %s %s', ('b', 'c'), None)
print(rec, rec.getMessage(), rec.filename, rec.module, rec.levelname)
