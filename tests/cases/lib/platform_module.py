# Checks: the platform module's machine half agrees with os.uname()/os.confstr() as in
# CPython, its uname_result is a six-field namedtuple subclass, platform() follows the
# Linux "system-release-machine-with-libc" form, and the interpreter half is parsed from
# sys.version; python_implementation() agrees with sys.implementation.name.
import os
import platform
import sys

u = platform.uname()
s = os.uname()
print(type(u).__name__, [c.__name__ for c in type(u).__mro__])
print(u._fields, len(u), tuple(u)[:5] == tuple(s), u[-1] == u.processor)
print(u.system == platform.system() == s.sysname, platform.node() == s.nodename)
print(platform.release() == s.release, platform.version() == s.version)
print(platform.machine() == s.machine, platform.processor() == '')
print(repr(u) == "uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)" % s)
print(platform.uname() is u, u._asdict() == dict(zip(u._fields[:5], s)))
print(u._replace(node='x').node, u._replace(node='x').system == u.system)
print(type(u)._make(['a'] * 5)[:], len(type(u)._make(['a'] * 5)))
for n in (4, 6):
    try:
        type(u)._make(['a'] * n)
    except TypeError as e:
        print(e)

libc = platform.libc_ver()
print(libc == tuple(os.confstr('CS_GNU_LIBC_VERSION').split(' ', 1)))
want = '-'.join([s.sysname, s.release, s.machine, 'with', libc[0] + libc[1]])
print(platform.platform() == want.replace(' ', '_'), platform.platform(terse=True) == platform.platform())
print(platform.architecture()[0], platform.architecture()[1] in ('ELF', ''))
print(platform.system_alias('SunOS', '5.11', 'v'), platform.system_alias('win32', '10', 'v'))
print(platform.system_alias('Linux', '6', 'v'))

print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
print(platform.python_version_tuple() == tuple(str(n) for n in sys.version_info[:3]))
print(platform.python_implementation() == {'cpython': 'CPython'}[sys.implementation.name])
print(type(platform.python_compiler()).__name__, len(platform.python_build()))
print(platform.python_branch() == platform.python_revision() == '' or hasattr(sys, '_git'))
print(platform.win32_ver(), platform.mac_ver(), platform.java_ver())
print(platform.win32_is_iot(), platform.win32_edition())
info = platform.freedesktop_os_release()
print(sorted(k for k in ('NAME', 'ID', 'PRETTY_NAME') if k in info))
print(platform._sys_version('3.10.2 (tags/v3.10.2:a58ebcc, Jan 17 2022, 14:12:15) [MSC v.1929 64 bit (AMD64)]'))
print(platform._sys_version('3.9 (default, Jan  1 2020, 00:00:00) \n[GCC 9.0]'))
try:
    platform._sys_version('nonsense')
except ValueError as e:
    print(e)
