# _posixshmem: shm_open returns a descriptor for a named shared memory object,
# shm_unlink removes the name; failures are the errno's OSError naming the path.
import _posixshmem
import os

name = '/mempy_case_shm_%d' % os.getpid()
fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
print(type(fd).__name__, fd > 2)
os.ftruncate(fd, 4096) if hasattr(os, 'ftruncate') else None
os.close(fd)
try:
    _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == name)
fd = _posixshmem.shm_open(path=name, flags=os.O_RDONLY)
os.close(fd)
print(_posixshmem.shm_unlink(name))
for call in (lambda: _posixshmem.shm_unlink(name),
             lambda: _posixshmem.shm_open(name, os.O_RDONLY)):
    try:
        call()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == name)
for bad in (lambda: _posixshmem.shm_open(b'/x', 0), lambda: _posixshmem.shm_unlink(1),
            lambda: _posixshmem.shm_open('/x'), lambda: _posixshmem.shm_unlink()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
