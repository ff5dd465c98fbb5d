# mempy's `tempfile` module (mirrors CPython's Lib/tempfile.py): temporary files and
# directories with unpredictable names in the system's temporary directory.
# Compiled from this source at first import.
#
# Provided: gettempdir, gettempdirb, gettempprefix, mkdtemp, mktemp, NamedTemporaryFile,
# TemporaryFile, TemporaryDirectory, `tempdir`, `template`.
# Left out: mkstemp (mempy has no file descriptors: os.open is missing),
# SpooledTemporaryFile, bytes arguments to mkdtemp/NamedTemporaryFile. A file is
# created with open(..., 'x') instead of os.open(O_EXCL) so its permissions follow the
# umask rather than being 0o600; TemporaryFile's `name` is its path (already removed),
# not a file descriptor number.

import os as _os
import weakref as _weakref

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory",
           "mkdtemp", "mktemp", "gettempdir", "gettempprefix", "gettempdirb",
           "TMP_MAX", "tempdir", "template"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    # Eight characters drawn from the OS's random source, like CPython's
    # _RandomNameSequence (37 symbols, so about 41 bits per name).
    data = _os.urandom(8)
    return "".join(_CHARS[b % len(_CHARS)] for b in data)


def _candidate_dirs():
    for var in ("TMPDIR", "TEMP", "TMP"):
        d = _os.getenv(var)
        if d:
            yield d
    yield from ("/tmp", "/var/tmp", "/usr/tmp")
    try:
        yield _os.getcwd()
    except OSError:
        yield _os.curdir


def _find_tempdir():
    # CPython proves each candidate by creating a file in it; a directory that
    # exists and is writable and searchable is what that proof establishes.
    for d in _candidate_dirs():
        if d != _os.curdir:
            d = _os.path.abspath(d)
        if _os.path.isdir(d) and _os.access(d, _os.W_OK | _os.X_OK):
            return d
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % list(_candidate_dirs()))


def gettempdir():
    """Returns the name of the directory used for temporary files."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def gettempdirb():
    """Returns gettempdir() as bytes."""
    return _os.fsencode(gettempdir())


def gettempprefix():
    """Returns the default prefix of temporary names."""
    return template


def _prepare(suffix, prefix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    for name, v in (("suffix", suffix), ("prefix", prefix)):
        if not isinstance(v, str):
            raise TypeError("Can't mix strings and bytes in path components")
    return suffix, prefix, _os.fspath(dir)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory with a unique name and returns its path (absolute
    unless `dir` is relative).
    The caller removes it when done."""
    suffix, prefix, dir = _prepare(suffix, prefix, dir)
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Returns a name that did not exist when asked (unsafe: prefer mkdtemp)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.lexists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


def _create_file(dir, prefix, suffix, mode, buffering, encoding, newline, errors):
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            # Exclusive creation first, so no other file of that name is clobbered;
            # then the caller's mode ('w+b' empties the file just made).
            open(path, "xb").close()
        except FileExistsError:
            continue
        try:
            return path, open(path, mode, buffering=buffering, encoding=encoding,
                              newline=newline, errors=errors)
        except BaseException:
            _os.unlink(path)
            raise
    raise FileExistsError(17, "No usable temporary file name found")


class _TemporaryFileWrapper:
    """A file object whose file is removed when it is closed (if `delete`)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return None

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        self.close()


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *,
                       errors=None):
    """A temporary file with a visible name (`.name`), removed when closed unless
    delete=False."""
    suffix, prefix, dir = _prepare(suffix, prefix, dir)
    name, f = _create_file(dir, prefix, suffix, mode, buffering, encoding,
                           newline, errors)
    return _TemporaryFileWrapper(f, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file with no name in the file system: it is removed at once and
    lives as long as the file object is open."""
    suffix, prefix, dir = _prepare(suffix, prefix, dir)
    name, f = _create_file(dir, prefix, suffix, mode, buffering, encoding,
                           newline, errors)
    _os.unlink(name)
    return f


def _rmtree(name, ignore_errors=False):
    import shutil
    shutil.rmtree(name, ignore_errors=ignore_errors)


class TemporaryDirectory:
    """A directory made by mkdtemp and removed with its contents by cleanup(), at the
    end of a `with` block (which binds its name), or when the object dies."""

    def __class_getitem__(cls, item):
        # `X[int]` is a types.GenericAlias, as CPython's classmethod(GenericAlias).
        import types
        return types.GenericAlias(cls, item)

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = _weakref.finalize(self, _rmtree, self.name,
                                            ignore_errors=ignore_cleanup_errors)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            _rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
