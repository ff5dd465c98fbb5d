# os.open/read/write/lseek/close/dup/dup2/pipe/fstat/ftruncate/fsync/isatty: the
# file-descriptor system calls, their OSErrors, and the non-inheritable descriptors
# they make.
import os
import stat

fd = os.open("fd.txt", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, os.get_inheritable(fd))
print(os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"more")), os.write(fd, memoryview(b"!")))
os.fsync(fd)
os.close(fd)

fd = os.open("fd.txt", os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_SET), os.read(fd, 3), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 10))
print(os.lseek(fd, 0, os.SEEK_CUR))
st = os.fstat(fd)
print(st.st_size, stat.S_ISREG(st.st_mode), st.st_size == os.stat("fd.txt").st_size)
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2), os.lseek(fd2, 0, os.SEEK_CUR))
os.close(fd2)
print(os.isatty(fd))
os.close(fd)

fd = os.open("fd.txt", os.O_RDWR)
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size, os.read(fd, 100))
with open("fd.txt", "rb") as f:
    os.fsync(f)
    print(f.read())
os.close(fd)

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), stat.S_ISFIFO(os.fstat(r).st_mode))
os.write(w, b"through the pipe")
os.close(w)
print(os.read(r, 7), os.read(r, 100), os.read(r, 100))
os.close(r)

fd = os.open("fd.txt", os.O_RDONLY)
fd3 = os.open("fd.txt", os.O_RDONLY)
print(os.dup2(fd, fd3) == fd3, os.get_inheritable(fd3))
print(os.dup2(fd, fd3, inheritable=False) == fd3, os.get_inheritable(fd3))
os.closerange(fd, fd3 + 1)

for call in (lambda: os.close(fd), lambda: os.read(fd, 1), lambda: os.write(fd, b"x"),
             lambda: os.fstat(fd), lambda: os.lseek(fd, 0, 0), lambda: os.dup(fd),
             lambda: os.open("missing/nothing", os.O_RDONLY),
             lambda: os.open("fd.txt", os.O_WRONLY | os.O_CREAT | os.O_EXCL)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename)
try:
    os.write(1, "text")
except TypeError as e:
    print("TypeError:", e)
print(os.isatty(fd), os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_END)
os.remove("fd.txt")
