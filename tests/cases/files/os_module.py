import os
import os.path
from os.path import join, exists
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.pathsep, os.path is __import__('posixpath'))
base = os.getcwd()
d = os.path.join(base, 'work_dir')
os.mkdir('work_dir')
print(os.path.exists(d), os.path.isdir(d), os.path.isfile(d), os.listdir('work_dir'))
with open(join('work_dir', 'a.txt'), 'w') as f:
    f.write('hello\n')
os.makedirs('work_dir/sub/deeper')
os.makedirs('work_dir/sub/deeper', exist_ok=True)
print(sorted(os.listdir('work_dir')), os.path.getsize('work_dir/a.txt'), os.stat('work_dir/a.txt').st_size)
os.rename('work_dir/a.txt', 'work_dir/b.txt')
print(sorted(os.listdir('work_dir')), exists('work_dir/a.txt'), exists('work_dir/b.txt'))
for root, dirs, files in os.walk('work_dir'):
    dirs.sort()
    print(root, dirs, sorted(files))
with os.scandir('work_dir') as it:
    print(sorted((e.name, e.is_dir(), e.is_file()) for e in it))
try:
    os.mkdir('work_dir')
except FileExistsError as e:
    print('exists:', e, e.errno, e.filename)
try:
    os.makedirs('work_dir/sub')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.remove('work_dir/nope.txt')
except FileNotFoundError as e:
    print(e)
try:
    os.rmdir('work_dir')
except OSError as e:
    print(type(e).__name__, e.strerror)
try:
    os.remove('work_dir/sub')
except OSError as e:
    print(type(e).__name__)
try:
    os.rename('nope1', 'nope2')
except OSError as e:
    print(e)
try:
    os.listdir('nope')
except OSError as e:
    print(e)
try:
    os.stat(None)
except TypeError as e:
    print(e)
try:
    os.listdir(1.5)
except TypeError as e:
    print(e)
os.remove('work_dir/b.txt')
os.removedirs('work_dir/sub/deeper')
print(os.path.exists('work_dir'), os.listdir('.') == [] or 'work_dir' not in os.listdir('.'))
os.chdir(base)
print(os.getcwd() == base)
os.environ['MEMPY_TEST_VAR'] = 'v1'
print(os.environ['MEMPY_TEST_VAR'], os.getenv('MEMPY_TEST_VAR'), os.getenv('NOPE_XYZ'), os.getenv('NOPE_XYZ', 'dflt'), 'MEMPY_TEST_VAR' in os.environ)
del os.environ['MEMPY_TEST_VAR']
print(os.environ.get('MEMPY_TEST_VAR'), 'MEMPY_TEST_VAR' in os.environ)
try:
    os.environ['NOPE_XYZ']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
p = os.path
print(p.join('a', 'b', 'c'), p.join('a', '/b', 'c'), p.join('a', 'b', ''), p.join('', 'x'))
print(p.split('/a/b/c.txt'), p.split('c'), p.split('/'), p.split('//a//b'), p.splitext('a/b.tar.gz'), p.splitext('.bashrc'), p.splitext('a.b/c'))
print(p.basename('/a/b/c.txt'), p.dirname('/a/b/c.txt'), p.basename('a/'), p.dirname('a'), p.isabs('/x'), p.isabs('x'))
print(p.normpath('/a/./b/../c//d/'), p.normpath('a/../..'), p.normpath(''), p.normpath('//a'), p.normpath('///a'))
print(p.abspath('x/../y') == p.join(os.getcwd(), 'y'), p.relpath('/a/b/c', '/a/d'), p.relpath('a/b', 'a'))
print(p.commonprefix(['/usr/lib', '/usr/local']), p.commonpath(['/usr/lib', '/usr/local']), p.splitdrive('/x'))
print(p.join(b'a', b'b'), p.basename(b'x/y'), p.splitext(b'f.py'))
try:
    p.join('a', 1)
except TypeError as e:
    print(e)
try:
    p.join('a', b'b')
except TypeError as e:
    print(e)
print(os.fspath('x'), os.fsencode('x'), os.fsdecode(b'y'))
class P:
    def __fspath__(self):
        return 'work2'
os.mkdir(P())
print(p.isdir(P()), p.exists(P()))
os.rmdir(P())
print(p.exists('work2'), isinstance(P(), os.PathLike), isinstance('x', os.PathLike))
st = os.stat('.')
print(type(st).__name__, len(st), st.st_mode == st[0], isinstance(st.st_mtime, float))
print(p.expanduser('x'), p.expandvars('$NOPE_XYZ/a'))
