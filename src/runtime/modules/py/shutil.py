"""mempy's `shutil` module, standing in for CPython's `shutil`.

Copying, moving and removing files and directory trees, and finding
programs on PATH.

Provided: copyfileobj, copyfile, copymode, copystat (mode only), copy, copy2,
copytree (symlinks, ignore, copy_function, dirs_exist_ok), ignore_patterns, rmtree
(ignore_errors, onerror), move, which, get_terminal_size, Error, SameFileError.
Left out: file times (os.utime is missing, so copy2/copystat copy the permission bits
only), extended attributes and flags, disk_usage, chown, archives (make_archive,
unpack_archive), the fd-based rmtree (mempy's rmtree walks paths).
"""

import os
import sys
import fnmatch

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
    "copytree", "move", "rmtree", "Error", "SameFileError", "which",
    "ignore_patterns", "get_terminal_size",
]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    """A shutil operation failed (copytree carries the list of failures)."""


class SameFileError(Error):
    """copyfile() was given the same file as source and destination."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of file-like object fsrc to file-like object fdst."""
    chunk = length or COPY_BUFSIZE
    data = fsrc.read(chunk)
    while data:
        fdst.write(data)
        data = fsrc.read(chunk)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the data of file src to file dst and returns dst."""
    if _samefile(src, dst):
        raise SameFileError('%r and %r are the same file' % (src, dst))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst (not the times: see the header)."""
    copymode(src, dst, follow_symlinks=follow_symlinks)


def _into(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def _copy_then(meta, src, dst, follow_symlinks):
    target = _into(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    meta(src, target, follow_symlinks=follow_symlinks)
    return target


def copy(src, dst, *, follow_symlinks=True):
    """Copies data and permission bits; dst may be a directory. Returns the new
    file's path."""
    return _copy_then(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """copy() and copystat()."""
    return _copy_then(copystat, src, dst, follow_symlinks)


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree that skips names matching glob patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree src to dst (which must not exist unless
    dirs_exist_ok) and returns dst. Errors are collected and raised as one Error."""
    entries = os.listdir(src)
    skip = set() if ignore is None else ignore(os.fspath(src), entries)
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    settings = (symlinks, ignore, copy_function, ignore_dangling_symlinks,
                dirs_exist_ok)
    failures = []
    for entry in entries:
        if entry in skip:
            continue
        here = os.path.join(src, entry)
        there = os.path.join(dst, entry)
        try:
            _copy_entry(here, there, settings)
        except Error as err:
            failures += err.args[0]
        except OSError as exc:
            failures.append((here, there, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        failures.append((src, dst, str(exc)))
    if failures:
        raise Error(failures)
    return dst


def _copy_entry(here, there, settings):
    keep_links, _, copier, skip_dangling, _ = settings
    if os.path.islink(here):
        if keep_links:
            os.symlink(os.readlink(here), there)
            return
        if not os.path.exists(here) and skip_dangling:
            return
    if os.path.isdir(here):
        copytree(here, there, *settings)
    else:
        copier(here, there)


def _attempt(report, func, path):
    """func(path), handing a failure to report(func, path, exc_info)."""
    try:
        return func(path), True
    except OSError:
        report(func, path, sys.exc_info())
        return None, False


def _is_real_dir(path):
    try:
        return (os.lstat(path).st_mode & 0o170000) == 0o040000
    except OSError:
        return False


def _remove_dir_tree(path, report):
    names, _ = _attempt(report, os.listdir, path)
    for name in names or ():
        child = os.path.join(path, name)
        if _is_real_dir(child):
            _remove_dir_tree(child, report)
        else:
            _attempt(report, os.unlink, child)
    _attempt(report, os.rmdir, path)


def _swallow(*args):
    pass


def _reraise(*args):
    raise


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes a directory tree. Errors are ignored (ignore_errors), passed to
    onerror(function, path, exc_info), or raised."""
    if ignore_errors:
        report = _swallow
    else:
        report = _reraise if onerror is None else onerror
    if os.path.islink(path):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            report(os.path.islink, path, sys.exc_info())
        return
    st, ok = _attempt(report, os.lstat, path)
    if not ok:
        return
    if (st.st_mode & 0o170000) != 0o040000:
        # Not a directory: let scandir raise the system's NotADirectoryError.
        _attempt(report, os.scandir, path)
        return
    _remove_dir_tree(path, report)


def _inside(src, dst):
    """Whether dst is src or lies below it."""
    sep = os.path.sep
    outer = os.path.abspath(src).rstrip(sep) + sep
    inner = os.path.abspath(dst).rstrip(sep) + sep
    return inner.startswith(outer)


def move(src, dst, copy_function=copy2):
    """Moves a file or directory to dst (into it, if it is a directory) and returns
    the destination: a rename where possible, else a copy and a removal."""
    target = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            # Same directory under another name (e.g. a case change).
            os.rename(src, dst)
            return dst
        leaf = os.path.basename(os.fspath(src).rstrip(os.sep))
        target = os.path.join(dst, leaf)
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'."
                        % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` found on PATH (or `path`), or None."""
    def ok(fn):
        return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)

    if os.path.dirname(cmd):
        return cmd if ok(cmd) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for d in path.split(os.pathsep):
        normdir = os.path.normcase(d)
        if normdir in seen:
            continue
        seen.add(normdir)
        name = os.path.join(d, cmd)
        if ok(name):
            return name
    return None


def _positive_env(name):
    try:
        value = int(os.environ[name])
    except (KeyError, ValueError):
        return 0
    return value if value > 0 else 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from $COLUMNS and $LINES, else `fallback` (mempy cannot
    ask the terminal itself)."""
    size = (_positive_env("COLUMNS") or fallback[0],
            _positive_env("LINES") or fallback[1])
    return os.terminal_size(size)
