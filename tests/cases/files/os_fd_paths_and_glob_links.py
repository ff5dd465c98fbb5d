# os.stat of an open descriptor, os.supports_*, os.fspath's accepted types,
# posixpath.sameopenfile / exists(fd) / expandvars on bytes / expanduser without
# HOME, and recursive glob through a symbolic link to a directory.
import glob
import os
import posixpath
import genericpath

with open('f.txt', 'w') as fh:
    fh.write('abc')
fd = os.open('f.txt', os.O_RDONLY)
fd2 = os.open('f.txt', os.O_RDONLY)
st = os.stat(fd)
print(st.st_size, os.stat(fd) == os.fstat(fd), posixpath.sameopenfile(fd, fd2),
      genericpath.sameopenfile is posixpath.sameopenfile)
print(posixpath.exists(fd), posixpath.isfile(fd), posixpath.isdir(fd))
try:
    os.stat(fd, follow_symlinks=False)
except ValueError as e:
    print('ValueError', e)
os.close(fd)
os.close(fd2)
print(posixpath.exists(fd))
print(os.stat in os.supports_fd, os.stat in os.supports_follow_symlinks,
      type(os.supports_dir_fd), type(os.supports_effective_ids))


class B(bytes):
    pass


for v in ('s', b'b', B(b'x'), bytearray(b'y'), 3):
    try:
        print(repr(os.fspath(v)))
    except TypeError as e:
        print('TypeError', e)

os.environ['MEMPY_T_FOO'] = 'bar'
os.environ['MEMPY_T_NA'] = '\xe6'
print(posixpath.expandvars(b'$MEMPY_T_FOO x ${MEMPY_T_FOO} $MEMPY_T_NA $nope'),
      posixpath.expandvars('$MEMPY_T_FOO/${MEMPY_T_NA}'))
home = os.environ.pop('HOME', None)
import pwd
print(posixpath.expanduser('~') == pwd.getpwuid(os.getuid()).pw_dir.rstrip('/') or '/',
      posixpath.expanduser('~/x').endswith('/x'),
      posixpath.expanduser('~root') == pwd.getpwnam('root').pw_dir,
      posixpath.expanduser('~no_such_user_here/x'),
      posixpath.expanduser(b'~root') == pwd.getpwnam('root').pw_dir.encode())
if home is not None:
    os.environ['HOME'] = home

os.makedirs('d/e')
with open('d/e/f', 'w'):
    pass
os.symlink('d', 'sym')
print(sorted(glob.glob('**', recursive=True)))
print(sorted(glob.glob('**/', recursive=True)))
print(sorted(glob.glob('sym/**', recursive=True)))
