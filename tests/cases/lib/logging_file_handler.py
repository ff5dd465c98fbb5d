# logging: FileHandler (mode, delay, close), basicConfig(filename=...), and
# shutdown flushing handlers at exit.
import logging
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
fh = logging.FileHandler(path, mode='w', delay=True)
print(fh.stream is None, os.path.exists(path), fh.baseFilename == path)
lg = logging.getLogger('file')
lg.addHandler(fh)
lg.warning('one')
lg.error('two %d', 2)
fh.close()
print(open(path).read(), end='')
print(fh.stream)

logging.basicConfig(filename=os.path.join(d, 'root.log'), filemode='w',
                    format='%(name)s %(levelname)s %(message)s', level=logging.DEBUG)
logging.debug('dbg')
logging.getLogger('child').info('inf')
logging.shutdown()
print(open(os.path.join(d, 'root.log')).read(), end='')
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
