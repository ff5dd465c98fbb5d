# The small modules CPython's test.support imports: stat (modes, filemode), linecache
# (lines of a source file), sysconfig (config variables), getpass.getuser; and the
# sys attributes it reads (flags, encodings, maxunicode), float.__getformat__.
import linecache
import os
import stat
import sys
import sysconfig
import getpass

print(stat.S_ISDIR(os.stat('.').st_mode), stat.S_ISREG(os.stat(__file__).st_mode))
print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o104755),
      stat.S_IMODE(0o100644) == 0o644, stat.S_IFMT(0o100644) == stat.S_IFREG)
print(repr(linecache.getline(__file__, 1)[:9]), linecache.getline(__file__, 10**6) == '',
      linecache.getline('<nope>', 1) == '', linecache.getlines('/no/such/file') == [])
print(sysconfig.get_config_var('WITH_DOC_STRINGS'), sysconfig.get_config_var('NOPE'),
      sysconfig.get_python_version(), sysconfig.is_python_build())
os.environ['LOGNAME'] = 'someone'
print(getpass.getuser())
print(sys.flags.optimize, sys.flags.dev_mode, sys.flags.int_max_str_digits, len(sys.flags))
print(sys.getdefaultencoding(), sys.getfilesystemencoding(),
      sys.getfilesystemencodeerrors(), sys.maxunicode, sys.float_repr_style)
print(float.__getformat__('double'), float.__getformat__('float'))
for bad in ['int', 1]:
    try:
        float.__getformat__(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
