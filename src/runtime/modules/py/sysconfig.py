# `sysconfig` (mirrors CPython's Lib/sysconfig.py): the interpreter's configuration
# variables and install paths. mempy is not built from a Python source tree, so the
# variables are the few that describe it (version, platform, whether docstrings are
# kept) and names CPython takes from its Makefile are absent (get_config_var gives
# None for them). Compiled from this source at first import.

import os
import sys

__all__ = [
    'get_config_h_filename', 'get_config_var', 'get_config_vars',
    'get_makefile_filename', 'get_path', 'get_path_names', 'get_paths',
    'get_platform', 'get_python_version', 'get_scheme_names', 'parse_config_h',
    'is_python_build',
]

_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
                'scripts', 'data')

_CONFIG_VARS = None


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def get_platform():
    """Return a string that identifies the current platform."""
    import platform
    u = platform.uname()
    return "%s-%s" % (u.system.lower(), u.machine)


def is_python_build(check_home=False):
    return False


def get_scheme_names():
    return ('posix_prefix',)


def get_default_scheme():
    return 'posix_prefix'


def get_path_names():
    return _SCHEME_KEYS


def get_paths(scheme='posix_prefix', vars=None, expand=True):
    if scheme != 'posix_prefix':
        raise KeyError(scheme)
    prefix = get_config_var('prefix')
    ver = get_python_version()
    lib = os.path.join(prefix, 'lib', 'python' + ver)
    return {
        'stdlib': lib,
        'platstdlib': lib,
        'purelib': os.path.join(lib, 'site-packages'),
        'platlib': os.path.join(lib, 'site-packages'),
        'include': os.path.join(prefix, 'include', 'python' + ver),
        'scripts': os.path.join(prefix, 'bin'),
        'data': prefix,
    }


def get_path(name, scheme='posix_prefix', vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]


def get_config_vars(*args):
    """With no arguments, return a dictionary of all configuration variables;
    with arguments, a list of their values (None for unknown names)."""
    global _CONFIG_VARS
    if _CONFIG_VARS is None:
        prefix = getattr(sys, 'prefix', '/usr/local')
        ver = get_python_version()
        _CONFIG_VARS = {
            'prefix': prefix,
            'exec_prefix': prefix,
            'py_version': '%d.%d.%d' % sys.version_info[:3],
            'py_version_short': ver,
            'py_version_nodot': ver.replace('.', ''),
            'VERSION': ver,
            'abiflags': '',
            'SO': '',
            'EXT_SUFFIX': '',
            'SIZEOF_VOID_P': 8,
            'Py_DEBUG': 0,
            'Py_ENABLE_SHARED': 0,
            'WITH_DOC_STRINGS': 1,
        }
    if args:
        return [_CONFIG_VARS.get(name) for name in args]
    return _CONFIG_VARS


def get_config_var(name):
    """Return the value of a single variable using the dictionary returned by
    'get_config_vars()'. Equivalent to get_config_vars().get(name)."""
    return get_config_vars().get(name)
