# `linecache` (stands in for CPython's `linecache`): source lines of files, read once
# and remembered in `cache` for tracebacks, warnings and doctest.
# Compiled from this source at first import.
#
# `cache` maps a file name to (size, mtime, lines, full path), the layout CPython
# uses and code outside the module reads. A relative name that is not found as
# given is looked up along sys.path. mempy's modules have no __loader__, so
# lazycache() never has anything to seed.

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every remembered file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counting from 1) of the file, with its newline, or '' when
    there is no such line."""
    every = getlines(filename, module_globals)
    return every[lineno - 1] if 0 < lineno <= len(every) else ''


def getlines(filename, module_globals=None):
    """All lines of the file, read and remembered on first use."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals=module_globals)
    except MemoryError:
        cache.clear()
        return []


def _stale(entry):
    # An entry is stale when its file vanished or changed size or mtime; entries
    # without an mtime were not read from disk and are never stale.
    size, mtime, _lines, path = entry
    if mtime is None:
        return False
    try:
        now = os.stat(path)
    except OSError:
        return True
    return (now.st_size, now.st_mtime) != (size, mtime)


def checkcache(filename=None):
    """Drop remembered files (all, or just `filename`) whose file changed on disk."""
    if filename is None:
        names = list(cache)
    else:
        names = [filename] if filename in cache else []
    for name in names:
        entry = cache[name]
        if len(entry) != 1 and _stale(entry):
            del cache[name]


def _locate(filename):
    # (path, stat result) of the file the name refers to, or None.
    try:
        return filename, os.stat(filename)
    except OSError:
        pass
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        if not isinstance(folder, str):
            continue
        candidate = os.path.join(folder, filename)
        try:
            return candidate, os.stat(candidate)
        except OSError:
            continue
    return None


def updatecache(filename, module_globals=None):
    """Read the file afresh, remember its lines and return them ([] when it
    cannot be read)."""
    old = cache.get(filename)
    if old is not None and len(old) != 1:
        del cache[filename]
    pseudo = filename.startswith('<') and filename.endswith('>')
    if not filename or pseudo:
        return []
    found = _locate(filename)
    if found is None:
        return []
    path, info = found
    try:
        with open(path, encoding='utf-8') as handle:
            lines = handle.readlines()
    except (UnicodeDecodeError, SyntaxError, OSError):
        return []
    if lines and lines[-1][-1:] != '\n':
        lines[-1] = lines[-1] + '\n'
    cache[filename] = (info.st_size, info.st_mtime, lines, path)
    return lines


def lazycache(filename, module_globals):
    """Would register a loader to read `filename` later; mempy modules have no
    loaders, so this only reports whether such a registration is pending."""
    entry = cache.get(filename)
    return entry is not None and len(entry) == 1
