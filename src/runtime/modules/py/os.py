# The `os` module: the operating-system interface a script reaches for. The system
# calls are native (`_os`, runtime/modules/os.rs); this file adds what CPython's
# Lib/os.py adds on top of `posix`: `environ`, `getenv`, `makedirs`, `removedirs`,
# `walk`, `scandir`, `stat_result`, `uname_result`, the constants and `os.path` (the
# `posixpath` module).
#
# Left out: process management (fork, exec*, spawn*, system, popen, kill, wait*),
# `dir_fd`, fd arguments,
# `fwalk`, `get_terminal_size`, users and groups, `environb`, `times`; `confstr_names`
# holds only the three names glibc documents beyond the compilation flags.

import _os
import abc as _abc
import posixpath as path
import sys as _sys

_sys.modules['os.path'] = path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError

fspath = _os.fspath
getcwd = _os.getcwd
getcwdb = _os.getcwdb
chdir = _os.chdir
listdir = _os.listdir
mkdir = _os.mkdir
rmdir = _os.rmdir
remove = _os.remove
unlink = _os.unlink
rename = _os.rename
replace = _os.replace
chmod = _os.chmod
chown = _os.chown
access = _os.access
readlink = _os.readlink
symlink = _os.symlink
putenv = _os.putenv
unsetenv = _os.unsetenv
getpid = _os.getpid
getppid = _os.getppid
getuid = _os.getuid
geteuid = _os.geteuid
getgid = _os.getgid
getegid = _os.getegid
cpu_count = _os.cpu_count
urandom = _os.urandom
strerror = _os.strerror
get_inheritable = _os.get_inheritable
set_inheritable = _os.set_inheritable

# File descriptors: the system calls themselves, and the flags open() takes.
open = _os.open
read = _os.read
write = _os.write
close = _os.close
closerange = _os.closerange
lseek = _os.lseek
pipe = _os.pipe
dup = _os.dup
dup2 = _os.dup2
isatty = _os.isatty
ftruncate = _os.ftruncate
fsync = _os.fsync
for _name in dir(_os):
    if _name.startswith('O_'):
        globals()[_name] = getattr(_os, _name)
del _name

# The names glibc's <unistd.h> gives the `confstr` values mempy's users ask for.
confstr_names = {'CS_PATH': 0, 'CS_GNU_LIBC_VERSION': 2,
                 'CS_GNU_LIBPTHREAD_VERSION': 3}


def confstr(name):
    if isinstance(name, str):
        if name not in confstr_names:
            raise ValueError('unrecognized configuration name')
        name = confstr_names[name]
    elif not isinstance(name, int):
        raise TypeError('configuration names must be strings or integers')
    if not -2147483648 <= name <= 2147483647:
        raise OverflowError('Python int too large to convert to C int')
    return _os.confstr(name)

_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                'st_size', 'st_atime', 'st_mtime', 'st_ctime')


class stat_result(tuple):
    # The ten visible fields are the tuple; the float and nanosecond times and the
    # block figures are attributes only, as in CPython's struct sequence.
    n_sequence_fields = 10
    n_unnamed_fields = 3

    def __new__(cls, seq):
        seq = tuple(seq)
        self = tuple.__new__(cls, seq[:10])
        self._extra = seq[10:]
        return self

    def __repr__(self):
        return 'os.stat_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_STAT_FIELDS, self)) + ')'

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._extra[0])
    st_mtime = property(lambda self: self._extra[1])
    st_ctime = property(lambda self: self._extra[2])
    st_atime_ns = property(lambda self: self._extra[3])
    st_mtime_ns = property(lambda self: self._extra[4])
    st_ctime_ns = property(lambda self: self._extra[5])
    st_blksize = property(lambda self: self._extra[6])
    st_blocks = property(lambda self: self._extra[7])


_UNAME_FIELDS = ('sysname', 'nodename', 'release', 'version', 'machine')


class uname_result(tuple):
    # CPython's struct sequence `posix.uname_result`.
    n_sequence_fields = 5
    n_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'posix.uname_result(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_UNAME_FIELDS, self)) + ')'

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])


uname_result.__module__ = 'posix'


def uname():
    return uname_result(_os.uname())


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if isinstance(path, int):
        # An open descriptor stands for its file (fstat(2)).
        if not follow_symlinks:
            raise ValueError("stat: cannot use fd and follow_symlinks together")
        return fstat(path)
    return stat_result(_os.stat(path, follow_symlinks=follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_os.lstat(path))


def fstat(fd):
    return stat_result(_os.fstat(fd))


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """The open descriptor `fd` as a file object: open(fd, mode, ...)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    def __class_getitem__(cls, item):
        # `X[int]` is a types.GenericAlias, as CPython's classmethod(GenericAlias).
        import types
        return types.GenericAlias(cls, item)

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            for c in subclass.__mro__:
                if '__fspath__' in c.__dict__:
                    return c.__dict__['__fspath__'] is not None
        return NotImplemented


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError('str expected, not %s' % type(value).__name__)
    return value


class _Environ:
    # A mapping over a private dict that also changes the real environment, so child
    # processes and C code see the change (CPython's os._Environ).

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _check_str(key)
        _check_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _check_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return isinstance(key, str) and key in self._data

    def __eq__(self, other):
        if isinstance(other, _Environ):
            other = other._data
        return self._data == other

    def __repr__(self):
        return 'environ({%s})' % ', '.join(
            '%r: %r' % (k, v) for k, v in self._data.items())

    def get(self, key, default=None):
        if key in self:
            return self._data[key]
        return default

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def pop(self, key, *default):
        if key in self:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        if not self._data:
            raise KeyError('popitem(): dictionary is empty')
        key = next(reversed(self._data))
        return key, self.pop(key)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), **kw):
        if hasattr(other, 'keys'):
            for k in other.keys():
                self[k] = other[k]
        else:
            for k, v in other:
                self[k] = v
        for k, v in kw.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        d = dict(self._data)
        d.update(other)
        return d

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(_os.environ_items()))


def getenv(key, default=None):
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    # One entry of `scandir`: the name and full path, with the stat asked lazily.

    def __init__(self, dirpath, name):
        self.name = name
        if dirpath == curdir or dirpath == b'.':
            self.path = name
        else:
            self.path = path.join(dirpath, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000


class _ScandirIterator:
    def __init__(self, dirpath, names):
        self._dirpath = dirpath
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dirpath, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    if path is None:
        path = curdir
    path = fspath(path)
    return _ScandirIterator(path, listdir(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
        else:
            nondirs.append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class terminal_size(tuple):
    # What shutil.get_terminal_size returns: (columns, lines) with names.

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError("os.terminal_size takes a 2-sequence (%d-sequence given)"
                            % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%r, lines=%r)" % (self[0], self[1])


def get_exec_path(env=None):
    if env is None:
        env = environ
    p = env.get('PATH')
    if p is None:
        p = defpath
    return p.split(pathsep)


# Which functions take the optional arguments CPython's posix module may or may not
# support on a platform (os.supports_dir_fd, ...): here, the ones whose argument is
# honoured. No function takes a working dir_fd or effective_ids; stat() takes an
# open descriptor for its path; stat() and chown() follow (or not) a final symlink
# as asked.
supports_dir_fd = set()
supports_fd = {stat}
supports_effective_ids = set()
supports_follow_symlinks = {stat, chown}
