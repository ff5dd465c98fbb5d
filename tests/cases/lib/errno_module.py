# Checks: the errno module's constants are Linux's numbers, errorcode maps them back,
# and OSError built from them renders as CPython's.
import errno

print(type(errno.EIO), errno.ENOENT, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], len(errno.errorcode) > 100)
print(str(OSError(errno.EIO)), str(OSError(errno.EIO, 'details')))
print(str(OSError(errno.EIO, 'details', 'more details')), str(OSError(9999)))
e = OSError(errno.ENOENT, 'No such file or directory')
print(type(e).__name__, e.errno == errno.ENOENT, errno.__name__)
