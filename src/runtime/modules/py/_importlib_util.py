# `importlib.util` (stands in for CPython's `importlib.util`): the helpers that need
# no module spec. The bytecode-cache path functions raise NotImplementedError, as
# CPython's do when sys.implementation.cache_tag is None (it is, in mempy: there are
# no .pyc files); resolve_name turns a relative module name absolute, and
# decode_source reads source bytes with universal newlines.
# Compiled from this source at first import; `import importlib.util` binds it.

import sys

# CPython 3.11's bytecode magic: the number 3495, then CR LF.
MAGIC_NUMBER = bytes([3495 & 0xff, 3495 >> 8]) + b'\r\n'


def _no_cache_tag():
    return NotImplementedError('sys.implementation.cache_tag is None')


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The .pyc path for a .py file; mempy writes none (no cache tag)."""
    raise _no_cache_tag()


def source_from_cache(path):
    """The .py path for a .pyc file; mempy has none (no cache tag)."""
    raise _no_cache_tag()


def resolve_name(name, package):
    """Turn a possibly relative module name into an absolute one, anchored at
    `package`."""
    stripped = name.lstrip('.')
    dots = len(name) - len(stripped)
    if dots == 0:
        return name
    if not package:
        raise ImportError(f'no package specified for {name!r} '
                          '(required for relative module names)')
    # One dot is the package itself; each further dot climbs one level.
    parts = package.split('.')
    if dots - 1 >= len(parts):
        raise ImportError('attempted relative import beyond top-level package')
    anchor = '.'.join(parts[:len(parts) - (dots - 1)])
    return anchor + '.' + stripped if stripped else anchor


def decode_source(source_bytes):
    """The text of source bytes (UTF-8), every line ending turned into '\\n'
    (a CR at the very end is dropped, as CPython's does)."""
    text = bytes(source_bytes).decode('utf-8')
    if text.endswith('\r'):
        # CPython's decoder is not told the input ended, so it keeps a final CR
        # back (it could start a CR LF pair) and never returns it.
        text = text[:-1]
    for ending in ('\r\n', '\r'):
        text = text.replace(ending, '\n')
    return text
