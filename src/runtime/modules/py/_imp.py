# `_imp` (CPython's Python/import.c module of the same name): the import machinery's
# low-level queries. mempy has no frozen modules, no extension modules and no threads:
# the import lock is a re-entrant count held by the one thread, is_frozen is always
# False and extension_suffixes is empty. Compiled from this source at first import.

import sys

_lock_count = 0
_frozen_override = 0


def lock_held():
    """Return True if the import lock is currently held, else False."""
    return _lock_count > 0


def acquire_lock():
    """Acquires the interpreter's import lock for the current thread."""
    global _lock_count
    _lock_count += 1


def release_lock():
    """Release the interpreter's import lock."""
    global _lock_count
    if _lock_count == 0:
        raise RuntimeError("not holding the import lock")
    _lock_count -= 1


def is_builtin(name, /):
    """Returns True if the module name corresponds to a built-in module."""
    if name in ('sys', 'builtins'):
        return -1   # built in and never re-initialised
    return 1 if name in sys.builtin_module_names else 0


def is_frozen(name, /):
    """Returns True if the module name corresponds to a frozen module."""
    return False


def is_frozen_package(name, /):
    """Returns True if the module name is of a frozen package."""
    raise ImportError('No such frozen object named %r' % (name,), name=name)


def extension_suffixes():
    """Returns the list of file suffixes used to identify extension modules."""
    return []


def _override_frozen_modules_for_tests(override, /):
    """(internal-only) Override PyConfig.use_frozen_modules."""
    global _frozen_override
    _frozen_override = override


def _fix_co_filename(code, path, /):
    """Changes code.co_filename to specify the passed-in file path."""
    return None
