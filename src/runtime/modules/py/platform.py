# mempy's `platform` module: what the interpreter and the machine under it are
# (written from the documented behaviour of CPython 3.11's Lib/platform.py). Compiled
# from this source at first import.
#
# The machine half comes from `os.uname()` and `os.confstr()`, as in CPython, so on the
# same Linux machine `system()`, `node()`, `release()`, `version()`, `machine()`,
# `uname()`, `libc_ver()`, `freedesktop_os_release()` and `platform()` give what
# CPython gives.
#
# The interpreter half is parsed out of `sys.version` as CPython does
# ("3.11.7 (mempy) [Rust]": version, build number, compiler). The implementation name
# is where mempy decides: CPython's module names an implementation by markers in
# sys.version ('IronPython', 'PyPy', a Java platform) and answers 'CPython' for
# anything else, which would make `python_implementation()` contradict
# `sys.implementation.name` ('mempy'). Since mempy's sys.version carries its own marker,
# `python_implementation()` answers 'mempy', consistently with sys.implementation, so
# code that switches on 'CPython' takes the path for other implementations. The rest
# follows from sys.version: `python_compiler()` is 'Rust', `python_build()` is
# ('mempy', ''), `python_branch()` and `python_revision()` are '' (no `sys._git`).
#
# Left out, or answered without the external commands CPython runs: `processor()` is ''
# (CPython runs `uname -p`, which is 'unknown', shown as '', on Linux machines);
# `architecture()` reads the ELF header of the executable instead of running `file`;
# `libc_ver()` of another executable scans it for the glibc marker strings only;
# `win32_ver()`, `mac_ver()` and `java_ver()` return their defaults (not those systems).

import collections as _collections
import os as _os
import sys as _sys

__version__ = '1.0.8'


def _blank_unknown(value):
    # The system answers 'unknown' where it has no value; the module shows ''.
    if value == 'unknown':
        return ''
    return value


class uname_result(_collections.namedtuple('uname_result_base',
                                           'system node release version machine')):
    # Six fields: the five of `os.uname()` and `processor`, which CPython works out
    # lazily (it needs a subprocess); here it is always ''.
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    @classmethod
    def _make(cls, iterable):
        result = cls.__new__(cls, *iterable)
        if len(result) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields) - 1} arguments, got {len(result)}')
        return result

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        return uname_result, tuple(self)[:len(self._fields) - 1]


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        parts = _os.uname()
        _uname_cache = uname_result(*[_blank_unknown(p) for p in parts])
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def system_alias(system, release, version):
    # The marketing names of a few systems (SunOS 5+ is Solaris with the release
    # lowered by 3; win32/win16 are Windows); the rest pass through.
    if system == 'SunOS':
        if release < '5':
            return system, release, version
        pieces = release.split('.')
        try:
            pieces[0] = str(int(pieces[0]) - 3)
        except ValueError:
            pass
        else:
            release = '.'.join(pieces)
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


def _join_for_filename(*parts):
    # `platform()`'s string: the non-empty parts joined by '-', with the characters
    # that trouble file names made '-', 'unknown' dropped, and runs of '-' folded.
    text = '-'.join(p.strip() for p in parts if len(p))
    text = text.replace(' ', '_')
    for ch in '/\\:;"()':
        text = text.replace(ch, '-')
    text = text.replace('unknown', '')
    while '--' in text:
        text = text.replace('--', '-')
    return text.rstrip('-')


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    if not executable:
        try:
            answer = _os.confstr('CS_GNU_LIBC_VERSION')
            name, _, ver = answer.partition(' ')
            if ver:
                return name, ver
        except (AttributeError, ValueError, OSError):
            pass
        executable = _sys.executable if hasattr(_sys, 'executable') else ''
        if not executable:
            return lib, version
    # Another binary: the highest 'GLIBC_x.y' symbol version it names.
    import re
    with open(_os.path.realpath(executable), 'rb') as f:
        data = f.read()
    best = None
    for m in re.finditer(rb'GLIBC_([0-9.]+)', data):
        ver = m.group(1).decode('latin1')
        key = tuple(int(x) for x in ver.split('.') if x)
        if best is None or key > best[0]:
            best = (key, ver)
    if best is not None:
        return 'glibc', best[1]
    return lib, version


def architecture(executable=None, bits='', linkage=''):
    if executable is None:
        executable = getattr(_sys, 'executable', '')
    if not bits:
        bits = '64bit'
    # CPython asks `file`; the ELF header says the same: the magic, then the class
    # byte (1: 32-bit, 2: 64-bit). mempy itself is an ELF executable on Linux.
    if not executable:
        return bits, 'ELF' if not linkage else linkage
    try:
        with open(executable, 'rb') as f:
            head = f.read(5)
    except OSError:
        return bits, linkage
    if head[:4] == b'\x7fELF':
        if head[4:5] == b'\x01':
            bits = '32bit'
        elif head[4:5] == b'\x02':
            bits = '64bit'
        linkage = 'ELF'
    return bits, linkage


_platform_cache = {}


def platform(aliased=False, terse=False):
    key = (aliased, terse)
    if key in _platform_cache:
        return _platform_cache[key]
    system, node, release, version, machine, processor = uname()
    if machine == processor:
        processor = ''
    if aliased:
        system, release, version = system_alias(system, release, version)
    if system == 'Linux':
        libname, libversion = libc_ver()
        result = _join_for_filename(system, release, machine, processor, 'with',
                                    libname + libversion)
    elif terse:
        result = _join_for_filename(system, release)
    else:
        bits, linkage = architecture()
        result = _join_for_filename(system, release, machine, processor, bits, linkage)
    _platform_cache[key] = result
    return result


# --- the interpreter, from sys.version ---------------------------------------------

_sys_version_cache = {}


def _sys_version(sys_version=None):
    # (name, version, branch, revision, buildno, builddate, compiler) read from a
    # sys.version string of the form "X.Y.Z (buildno[, date[, time]]) [compiler]".
    if sys_version is None:
        sys_version = _sys.version
    if sys_version in _sys_version_cache:
        return _sys_version_cache[sys_version]
    import re
    m = re.match(r'([\w.+]+)\s*\(#?([^,]+)(?:,\s*([\w ]*)(?:,\s*([\w :]*))?)?\)\s*'
                 r'\[([^\]]+)\]?', sys_version, re.ASCII)
    if m is None:
        raise ValueError('failed to parse CPython sys.version: %s' % repr(sys_version))
    ver, buildno, builddate, buildtime, compiler = m.groups()
    if builddate is None:
        builddate = ''
    if buildtime:
        builddate = builddate + ' ' + buildtime
    # mempy's own marker (see the header); everything else is CPython's.
    name = 'mempy' if buildno == 'mempy' else 'CPython'
    git = getattr(_sys, '_git', None)
    branch, revision = (git[1], git[2]) if git else ('', '')
    if ver.count('.') == 1:
        ver = ver + '.0'
    result = (name, ver, branch, revision, buildno, builddate, compiler)
    _sys_version_cache[sys_version] = result
    return result


def python_implementation():
    return _sys_version()[0]


def python_version():
    return _sys_version()[1]


def python_version_tuple():
    return tuple(_sys_version()[1].split('.'))


def python_branch():
    return _sys_version()[2]


def python_revision():
    return _sys_version()[3]


def python_build():
    return _sys_version()[4:6]


def python_compiler():
    return _sys_version()[6]


# --- other systems: their defaults -----------------------------------------------------

def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


# --- freedesktop.org os-release ------------------------------------------------------

_os_release_cache = None


def _parse_os_release(lines):
    import re
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    line_re = re.compile('^(?P<name>[a-zA-Z0-9_]+)=(?P<quote>["\']?)(?P<value>.*)'
                         '(?P=quote)$')
    for line in lines:
        m = line_re.match(line)
        if m is not None:
            # The standard's five escaped characters lose their backslash.
            info[m.group('name')] = re.sub(r'\\([\\$"\'`])', r'\1', m.group('value'))
    return info


def freedesktop_os_release():
    global _os_release_cache
    if _os_release_cache is None:
        err = None
        for candidate in ('/etc/os-release', '/usr/lib/os-release'):
            try:
                with open(candidate, encoding='utf-8') as f:
                    _os_release_cache = _parse_os_release(f)
                break
            except OSError as e:
                err = e.errno
        else:
            raise OSError(err, 'Unable to read files /etc/os-release, '
                          '/usr/lib/os-release')
    return _os_release_cache.copy()
