# the OSError family from open(), with errno, strerror and filename
for path in ["missing.txt", "no/such/dir/file.txt"]:
    try:
        open(path)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
        print(e)
try:
    open(".")
except IsADirectoryError as e:
    print(type(e).__name__, e)
try:
    open(".", "w")
except IsADirectoryError as e:
    print(type(e).__name__, e)
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.args, isinstance(e, FileNotFoundError))
print(OSError("plain"), OSError(13, "Permission denied"), type(OSError(13, "x")).__name__)
print(type(OSError(21, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(99, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(FileExistsError, OSError))
open("missing.txt")
