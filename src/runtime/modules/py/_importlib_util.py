# `importlib.util` (mirrors CPython's Lib/importlib/util.py): the helpers that do
# not need a module spec: the bytecode-cache file names (which, as
# sys.implementation.cache_tag is None in mempy, raise NotImplementedError as CPython
# does for such an implementation), resolve_name and decode_source.
# Compiled from this source at first import; `import importlib.util` binds it.

import sys

MAGIC_NUMBER = (3495).to_bytes(2, 'little') + b'\r\n'


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Given the path to a .py file, return the path to its .pyc file."""
    # sys.implementation.cache_tag is None: there are no cache files.
    raise NotImplementedError('sys.implementation.cache_tag is None')


def source_from_cache(path):
    """Given the path to a .pyc. file, return the path to its .py file."""
    raise NotImplementedError('sys.implementation.cache_tag is None')


def resolve_name(name, package):
    """Resolve a relative module name to an absolute one."""
    if not name.startswith('.'):
        return name
    elif not package:
        raise ImportError(f'no package specified for {repr(name)} '
                          '(required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    name = name[level:]
    return f'{base}.{name}' if name else base


def decode_source(source_bytes):
    """Decode bytes representing source code and return the string.

    Universal newline support is used in the decoding."""
    text = bytes(source_bytes).decode('utf-8')
    return text.replace('\r\n', '\n').replace('\r', '\n')
