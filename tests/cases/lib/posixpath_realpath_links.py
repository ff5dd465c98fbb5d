# os.path.realpath resolves symbolic links one component at a time: dangling
# links resolve to their (missing) target, relative targets and '..' after a
# link, loops stop (strict mode raises); abspath/relpath ask os.getcwd at call
# time (so a replaced os.getcwd is seen); ismount; genericpath's functions.
import os
import posixpath
import shutil
import tempfile
import genericpath

base = os.path.realpath(tempfile.mkdtemp())
try:
    def rel(p):
        return p.replace(base, '<base>') if isinstance(p, str) else p.replace(base.encode(), b'<base>')

    os.mkdir(os.path.join(base, 'dir'))
    os.mkdir(os.path.join(base, 'dir', 'sub'))
    os.symlink(os.path.join(base, 'missing'), os.path.join(base, 'dangling'))
    os.symlink('dir/sub', os.path.join(base, 'relative'))
    os.symlink('loop2', os.path.join(base, 'loop1'))
    os.symlink('loop1', os.path.join(base, 'loop2'))
    os.symlink('relative/..', os.path.join(base, 'updir'))
    for name in ['dangling', 'relative', 'relative/x/y', 'relative/..', 'updir',
                 'loop1', 'loop1/more', 'dir/./sub/../sub', 'nothere/../dir']:
        print(name, '->', rel(os.path.realpath(os.path.join(base, name))))
    print(rel(os.path.realpath(os.path.join(base, 'relative').encode())))
    try:
        os.path.realpath(os.path.join(base, 'loop1'), strict=True)
    except OSError as e:
        print('strict loop:', type(e).__name__, e.errno)
    try:
        os.path.realpath(os.path.join(base, 'dangling'), strict=True)
    except OSError as e:
        print('strict missing:', type(e).__name__)

    real_getcwd = os.getcwd
    os.getcwd = lambda: '/home/user/bar'
    try:
        print(posixpath.abspath('a'), posixpath.relpath('a', '../b'), os.path.realpath('x/y'))
    finally:
        os.getcwd = real_getcwd

    print(os.path.ismount('/'), os.path.ismount(base), os.path.ismount(os.path.join(base, 'nope')),
          os.path.ismount(os.path.join(base, 'relative')), os.path.ismount(b'/'))
    print(genericpath.exists is os.path.exists, genericpath.isdir(base),
          genericpath.commonprefix(['/usr/lib', '/usr/local']), sorted(genericpath.__all__)[:3])
finally:
    shutil.rmtree(base)
