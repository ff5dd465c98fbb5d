# mempy's `glob` module (mirrors CPython's Lib/glob.py): Unix shell-style pathname
# expansion (`*`, `?`, `[seq]`, and `**` with recursive=True), built on `fnmatch`.
# Compiled from this source at first import.
#
# Provided: glob, iglob (root_dir, recursive, include_hidden; str or bytes patterns),
# escape, has_magic. Left out: dir_fd (mempy has no file descriptors).
# As in CPython the names come in the order the directory lists them, so sort the
# result where the order matters.

import os
import re
import fnmatch

__all__ = ["escape", "glob", "iglob", "has_magic"]

_MAGIC = re.compile("([*?[])")


def has_magic(s):
    if isinstance(s, bytes):
        s = os.fsdecode(s)
    return _MAGIC.search(s) is not None


def escape(pathname):
    """Escapes the magic characters of `pathname` so that it matches only itself."""
    if isinstance(pathname, bytes):
        return os.fsencode(escape(os.fsdecode(pathname)))
    drive, rest = os.path.splitdrive(pathname)
    return drive + _MAGIC.sub(r"[\1]", rest)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """The list of paths matching `pathname` (relative to root_dir if given)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """An iterator over the paths matching `pathname`."""
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by mempy")
    if isinstance(pathname, bytes):
        rd = None if root_dir is None else os.fsdecode(root_dir)
        for p in iglob(os.fsdecode(pathname), root_dir=rd, recursive=recursive,
                       include_hidden=include_hidden):
            yield os.fsencode(p)
        return
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = ""
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # A pattern starting with '**' yields '' for the start directory itself,
        # which is not a path to report.
        for p in it:
            if p:
                yield p
        return
    yield from it


def _isrecursive(pattern):
    return pattern == "**"


def _join(root, p):
    return os.path.join(root, p) if root and p else (root or p)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            # A pattern ending in a separator names a directory.
            if os.path.isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, "", dironly, include_hidden)
        else:
            yield from _glob1(root_dir, "", basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            def matcher(d, b, o):
                return _glob2(root_dir, d, o, include_hidden)
        else:
            def matcher(d, b, o):
                return _glob1(root_dir, d, b, o, include_hidden)
    else:
        def matcher(d, b, o):
            return _glob0(root_dir, d, b, o)
    for d in dirs:
        for name in matcher(d, basename, dironly):
            yield os.path.join(d, name)


def _listdir(root_dir, dirname, dironly):
    path = _join(root_dir, dirname) or os.curdir
    try:
        entries = list(os.scandir(path))
    except OSError:
        return []
    names = []
    for e in entries:
        try:
            if not dironly or e.is_dir():
                names.append(e.name)
        except OSError:
            pass
    return names


def _ishidden(name):
    return name[0] == "."


def _glob1(root_dir, dirname, pattern, dironly, include_hidden):
    names = _listdir(root_dir, dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [n for n in names if not _ishidden(n)]
    return fnmatch.filter(names, pattern)


def _glob0(root_dir, dirname, basename, dironly):
    if basename:
        if os.path.lexists(_join(root_dir, os.path.join(dirname, basename))):
            return [basename]
    elif os.path.isdir(_join(root_dir, dirname)):
        return [basename]
    return []


def _glob2(root_dir, dirname, dironly, include_hidden):
    # '**': the directory itself ('') and everything below it.
    yield ""
    yield from _rlistdir(root_dir, dirname, dironly, include_hidden)


def _rlistdir(root_dir, dirname, dironly, include_hidden):
    for name in _listdir(root_dir, dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = os.path.join(dirname, name) if dirname else name
            # Symbolic links to directories are followed, as CPython's scandir
            # is_dir() does (a cycle ends where the system refuses the path).
            if os.path.isdir(_join(root_dir, path)):
                for sub in _rlistdir(root_dir, path, dironly, include_hidden):
                    yield os.path.join(name, sub)
