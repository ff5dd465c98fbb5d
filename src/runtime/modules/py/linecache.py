# `linecache` (stands in for CPython's `linecache`): source lines of files, read once
# and remembered in `cache` for tracebacks, warnings and doctest.
# Compiled from this source at first import.
#
# `cache` maps a file name to (size, mtime, lines, full path), the layout CPython
# uses and code outside the module reads, or to a 1-tuple (a function returning
# the source text) that lazycache() registers for a file not on disk, from the
# globals of the module it belongs to: the module's loader's get_source(name)
# when it has one, else (mempy's own modules have no loader) the text of the
# module's __file__, which is what a source loader would return. A file that
# cannot be stat'ed is read through such a registration first, then looked up
# along sys.path when its name is relative.

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


def _on_path(filename):
    # (path, stat result) of a relative name found in a sys.path folder, or None.
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        if not isinstance(folder, str):
            continue
        candidate = os.path.join(folder, filename)
        try:
            return candidate, os.stat(candidate)
        except (OSError, ValueError):
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
    try:
        found = filename, os.stat(filename)
    except (OSError, ValueError):
        found = None
    if found is None:
        if lazycache(filename, module_globals):
            try:
                text = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if text is None:
                    return []
                lines = [line + '\n' for line in text.splitlines()]
                cache[filename] = (len(text), None, lines, filename)
                return lines
        found = _on_path(filename)
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


def _source_getter(module_globals):
    # A function returning the module's source text, or None when there is no
    # way to get it.
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals['__name__']
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if name and get_source:
        return lambda: get_source(name)
    path = module_globals.get('__file__')
    if loader is None and isinstance(path, str) and path.endswith('.py'):
        def read():
            try:
                with open(path, encoding='utf-8') as handle:
                    return handle.read()
            except UnicodeDecodeError:
                return None
        return read
    return None


def lazycache(filename, module_globals):
    """Register a way to read `filename` later from the module whose globals are
    given; true when one is registered (now or before)."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        getter = _source_getter(module_globals)
        if getter is not None:
            cache[filename] = (getter,)
            return True
    return False
