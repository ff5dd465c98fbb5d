# mempy's `platform` module, mirroring CPython's `platform`: what the interpreter and
# the machine under it are (written from the documented behaviour). Compiled from this
# source at first import.
#
# The machine half comes from `os.uname()` and `os.confstr()`, as in CPython, so on the
# same Linux machine `system()`, `node()`, `release()`, `version()`, `machine()`,
# `uname()`, `libc_ver()`, `freedesktop_os_release()` and `platform()` give what
# CPython gives.
#
# The interpreter half is parsed out of `sys.version` as CPython does
# ("3.11.7 (mempy) [Rust]": version, build number, compiler). The implementation name
# follows `sys.implementation.name`, which is 'cpython': mempy reproduces CPython
# 3.11's observable behaviour, so code that switches on 'CPython' must take CPython's
# path. The rest follows from sys.version: `python_compiler()` is 'Rust',
# `python_build()` is ('mempy', ''), `python_branch()` and `python_revision()` are ''
# (no `sys._git`).
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
        # Built from the five stored fields; the length check counts processor too.
        made = cls.__new__(cls, *iterable)
        if len(made) != 6:
            raise TypeError(f'Expected 5 arguments, got {len(made)}')
        return made

    def __getitem__(self, key):
        return tuple(self)[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __reduce__(self):
        # Pickled as the five stored fields; processor is recomputed.
        return uname_result, tuple.__getitem__(self, slice(0, 5))


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
        # The C library names itself ("glibc 2.36") through confstr, where
        # the system has that name; otherwise look at the executable.
        ask = getattr(_os, 'confstr', None)
        try:
            answer = ask('CS_GNU_LIBC_VERSION') if ask is not None else None
        except (ValueError, OSError):
            answer = None
        if answer:
            name, _, ver = answer.partition(' ')
            if ver:
                return name, ver
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
    info = uname()
    osname, rel = info.system, info.release
    cpu = '' if info.machine == info.processor else info.processor
    if aliased:
        osname, rel, _ = system_alias(osname, rel, info.version)
    if osname == 'Linux':
        result = _join_for_filename(osname, rel, info.machine, cpu, 'with',
                                    ''.join(libc_ver()))
    elif terse:
        result = _join_for_filename(osname, rel)
    else:
        result = _join_for_filename(osname, rel, info.machine, cpu, *architecture())
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
    when = ' '.join(part for part in (builddate or '', buildtime) if part)
    # Every version string this module parses is CPython's or mempy's (see the header).
    name = 'CPython'
    git = getattr(_sys, '_git', None)
    branch, revision = (git[1], git[2]) if git else ('', '')
    if ver.count('.') == 1:
        ver = ver + '.0'
    parsed = (name, ver, branch, revision, buildno, when, compiler)
    return _sys_version_cache.setdefault(sys_version, parsed)


def python_implementation():
    return _sys_version()[0]


def python_version():
    return _sys_version()[1]


def python_version_tuple():
    major, minor, patch = python_version().split('.')
    return major, minor, patch


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
    return (release, versioninfo, machine)


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return (release, vendor, vminfo, osinfo)


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
                with open(candidate, encoding='utf-8') as lines:
                    _os_release_cache = _parse_os_release(lines)
                break
            except OSError as e:
                err = e.errno
        else:
            raise OSError(err, 'Unable to read files /etc/os-release, '
                          '/usr/lib/os-release')
    return _os_release_cache.copy()
