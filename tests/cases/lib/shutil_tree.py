# shutil: copyfileobj/copyfile/copy/copy2/copymode, copytree with ignore and dirs_exist_ok, rmtree errors and onerror, move (rename, into a directory, existing target), which, get_terminal_size.
import shutil, os, io, tempfile
def t(f, *a, **k):
    try: r = f(*a, **k); print('OK', r if not isinstance(r, str) else r.replace(base, 'B'))
    except BaseException as e: print(type(e).__name__, str(e).replace(base, 'B'))
base = tempfile.mkdtemp()
os.chdir(base)
os.makedirs('src/sub/deep'); open('src/a.txt', 'w').write('AAA'); open('src/sub/b.py', 'w').write('bb'); open('src/sub/deep/c.txt', 'w').write('c')
os.chmod('src/a.txt', 0o640)
b = io.BytesIO(); shutil.copyfileobj(io.BytesIO(b'x' * 100000), b, 7); print(len(b.getvalue()))
t(shutil.copyfile, 'src/a.txt', 'a2.txt'); print(open('a2.txt').read(), oct(os.stat('a2.txt').st_mode & 0o777) != '0o640')
t(shutil.copyfile, 'src/a.txt', 'src/a.txt'); t(shutil.copyfile, 'nope', 'x'); t(shutil.copy, 'src/a.txt', 'src/sub'); print(oct(os.stat('src/sub/a.txt').st_mode & 0o777))
t(shutil.copy2, 'src/a.txt', 'c2.txt'); t(shutil.copymode, 'src/a.txt', 'a2.txt'); print(oct(os.stat('a2.txt').st_mode & 0o777))
t(shutil.copytree, 'src', 'dst', ignore=shutil.ignore_patterns('*.py', 'deep')); print(sorted(os.walk('dst'))[0][1:], sorted(os.listdir('dst/sub')))
t(shutil.copytree, 'src', 'dst'); t(shutil.copytree, 'src', 'dst', dirs_exist_ok=True); print(sorted(os.listdir('dst/sub')))
print(shutil.ignore_patterns('*.txt')('x', ['a.txt', 'b.py']))
os.symlink('src/a.txt', 'lnk'); t(shutil.rmtree, 'lnk'); t(shutil.rmtree, 'lnk', ignore_errors=True)
errs = []; shutil.rmtree('nothere', onerror=lambda f, p, e: errs.append((f.__name__, p.replace(base, 'B'), e[0].__name__))); print(errs)
t(shutil.rmtree, 'a2.txt'); t(shutil.rmtree, 'nothere')
t(shutil.move, 'c2.txt', 'moved.txt'); t(shutil.move, 'moved.txt', 'src'); t(shutil.move, 'src/moved.txt', 'src/sub'); open('src/moved.txt','w').write('1'); t(shutil.move, 'src/moved.txt', 'src/sub')
t(shutil.move, 'dst', 'dst2'); print(os.path.isdir('dst2'), os.path.exists('dst'))
t(shutil.rmtree, 'dst2'); print(os.path.exists('dst2'))
print(shutil.which('sh') is not None, shutil.which('definitely-not-here-xyz'), shutil.which('sh', path=''), shutil.which('/bin/sh'), shutil.which('ls', path='/nonexist:/bin'))
os.environ['COLUMNS'] = '99'; os.environ['LINES'] = '7'; print(shutil.get_terminal_size()); os.environ['COLUMNS'] = 'x'; print(shutil.get_terminal_size((5, 6)).columns)
del os.environ['COLUMNS']; del os.environ['LINES']
print(issubclass(shutil.SameFileError, shutil.Error), issubclass(shutil.Error, OSError), shutil.COPY_BUFSIZE)
print(sorted(n for n in ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree", "move", "rmtree", "Error", "SameFileError", "which", "ignore_patterns", "get_terminal_size"] if n in shutil.__all__))
t(shutil.copytree, 'src', 'src/sub/inner_copy_loop_guard_not_tested') if False else None
shutil.rmtree(base); print(os.path.exists(base))
