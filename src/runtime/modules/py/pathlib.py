# `pathlib`: object-oriented POSIX paths (CPython's Lib/pathlib.py, written anew).
# `PurePath`/`PurePosixPath` do the string work (parts, name, suffix, parent, `/`,
# relative_to, match); `Path`/`PosixPath` add the file system calls through `os`.
#
# Left out: Windows flavours (`PureWindowsPath`, `WindowsPath` exist only as names that
# refuse to be made), `owner`/`group`, `chmod`/`lchmod` with follow_symlinks, `hardlink_to`,
# `is_mount`, `is_socket`/`is_fifo`/`is_block_device`/`is_char_device`, case-insensitive glob.

import os
import fnmatch as _fnmatch

__all__ = ['PurePath', 'PurePosixPath', 'PureWindowsPath', 'Path', 'PosixPath',
           'WindowsPath']


def _parse(args):
    # The parts of the joined arguments: a root '/' or '//' first when absolute.
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a = str(a)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError('argument should be a str object or an os.PathLike '
                                'object returning str, not %r' % (type(a),))
        if not a:
            continue
        if a.startswith('/'):
            root = '//' if a.startswith('//') and not a.startswith('///') else '/'
            parts = [root]
        comps = [c for c in a.split('/') if c and c != '.']
        parts.extend(comps)
    return parts


class PurePath:
    """Base class for manipulating paths without I/O."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._parts = _parse(args)
        return self

    @classmethod
    def _from_parts(cls, parts):
        self = object.__new__(cls)
        self._parts = list(parts)
        return self

    def __str__(self):
        p = self._parts
        if not p:
            return '.'
        if p[0] in ('/', '//'):
            return p[0] + '/'.join(p[1:])
        return '/'.join(p)

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def as_uri(self):
        # A file: URI needs an absolute path; POSIX paths go in unquoted.
        if self.is_absolute():
            return 'file://' + str(self)
        raise ValueError("relative path can't be expressed as a file URI")

    def _key(self):
        return self._parts

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts

    def __hash__(self):
        return hash(str(self))

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    def __truediv__(self, key):
        try:
            return self._from_parts(_parse([self, key]))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts(_parse([key, self]))
        except TypeError:
            return NotImplemented

    def joinpath(self, *args):
        return self._from_parts(_parse([self] + list(args)))

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        if self._parts and self._parts[0] in ('/', '//'):
            return self._parts[0]
        return ''

    @property
    def anchor(self):
        return self.root

    @property
    def name(self):
        p = self._parts
        if not p or (len(p) == 1 and self.root):
            return ''
        return p[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        p = self._parts
        if not p or (len(p) == 1 and self.root):
            return self
        return self._from_parts(p[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while True:
            q = p.parent
            if q == p:
                break
            out.append(q)
            p = q
        return tuple(out)

    def is_absolute(self):
        return bool(self.root)

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._from_parts(self._parts[:-1] + [name])

    def with_stem(self, stem):
        # The suffix stays; with_name does the checking.
        return self.with_name(''.join((stem, self.suffix)))

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % (self,))
        old = self.suffix
        if not old:
            name = name + suffix
        else:
            name = name[:-len(old)] + suffix
        return self._from_parts(self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError('need at least one argument')
        base = _parse(other)
        n = len(base)
        if self._parts[:n] != base or (not base and self.root):
            formatted = str(PurePosixPath._from_parts(base))
            raise ValueError('{!r} is not in the subpath of {!r}'
                             ' OR one path is relative and the other is absolute.'
                             .format(str(self), formatted))
        return self._from_parts(self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pat = _parse([path_pattern])
        if not pat:
            raise ValueError('empty pattern')
        parts = self._parts
        if pat[0] in ('/', '//'):
            if len(pat) != len(parts):
                return False
        elif len(pat) > len(parts):
            return False
        for part, p in zip(reversed(parts), reversed(pat)):
            if not _fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems."""


class PureWindowsPath(PurePath):
    def __new__(cls, *args):
        raise NotImplementedError('mempy has no Windows path flavour')


class Path(PurePath):
    """PurePath subclass that can make system calls."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._parts = _parse(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def absolute(self):
        if self.is_absolute():
            return self
        return self._from_parts(_parse([os.getcwd(), self]))

    def resolve(self, strict=False):
        return self._from_parts(_parse([os.path.realpath(str(self), strict=strict)]))

    def expanduser(self):
        return self._from_parts(_parse([os.path.expanduser(str(self))]))

    def stat(self, *,
             follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(self)

    def exists(self):
        return os.path.exists(self)

    def is_file(self):
        return os.path.isfile(self)

    def is_dir(self):
        return os.path.isdir(self)

    def is_symlink(self):
        return os.path.islink(self)

    def samefile(self, other_path):
        return os.path.samefile(self, other_path)

    def iterdir(self):
        for name in os.listdir(self):
            yield self._from_parts(self._parts + [name])

    def _glob(self, pats, recursive_ok=True):
        if not pats:
            yield self
            return
        pat, rest = pats[0], pats[1:]
        if pat == '**':
            yield from self._glob(rest)
            for child in self._dirs_below():
                yield from child._glob(rest)
            return
        if not any(c in pat for c in '*?['):
            child = self._from_parts(self._parts + [pat])
            if rest:
                if child.is_dir():
                    yield from child._glob(rest)
            elif child.exists():
                yield child
            return
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            if name.startswith('.') and not pat.startswith('.'):
                continue
            if _fnmatch.fnmatchcase(name, pat):
                child = self._from_parts(self._parts + [name])
                if rest:
                    if child.is_dir():
                        yield from child._glob(rest)
                else:
                    yield child

    def _dirs_below(self):
        try:
            names = os.listdir(self)
        except OSError:
            return
        for name in names:
            if name.startswith('.'):
                continue
            child = self._from_parts(self._parts + [name])
            if child.is_dir() and not child.is_symlink():
                yield child
                yield from child._dirs_below()

    def glob(self, pattern):
        pats = _parse([pattern])
        if not pats:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if pats[0] in ('/', '//'):
            raise NotImplementedError('Non-relative patterns are unsupported')
        seen = set()
        for p in self._glob(pats):
            if p not in seen:
                seen.add(p)
                yield p

    def rglob(self, pattern):
        pats = _parse([pattern])
        if pats and pats[0] in ('/', '//'):
            raise NotImplementedError('Non-relative patterns are unsupported')
        return self.glob('/'.join(['**'] + pats))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None,
                  errors=None):
        with self.open(encoding=encoding, errors=errors) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def write_text(self, data, encoding=None,
                   errors=None, newline=None):
        if isinstance(data, str):
            with self.open('w', encoding=encoding, errors=errors,
                           newline=newline) as stream:
                return stream.write(data)
        raise TypeError('data must be str, not ' + type(data).__name__)

    def write_bytes(self, data):
        # Any bytes-like object; copied first so a bad argument fails before the
        # file is truncated.
        payload = bytes(data)
        with self.open('wb') as stream:
            return stream.write(payload)

    def touch(self, mode=0o666,
              exist_ok=True):
        if not self.exists():
            # Opening for append creates the file without touching any content.
            self.open('a').close()
        elif not exist_ok:
            raise FileExistsError(17, 'File exists', str(self))

    def mkdir(self, mode=0o777,
              parents=False, exist_ok=False):
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            # A missing parent: made first (when asked to), then this one again.
            top = self.parent == self
            if top or not parents:
                raise
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, parents=False, exist_ok=exist_ok)

    def rmdir(self):
        os.rmdir(self)

    def unlink(self, missing_ok=False):
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target,
                   target_is_directory=False):
        os.symlink(target, self)

    def readlink(self):
        return self._from_parts(_parse([os.readlink(self)]))

    def chmod(self, mode):
        os.chmod(self, mode)


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems."""


class WindowsPath(Path, PureWindowsPath):
    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate 'WindowsPath' on your system")
