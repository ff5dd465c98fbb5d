# `stat` (stands in for CPython's `stat` / `_stat`): the index of each field in an
# os.stat() result, the file-type and permission bits of `st_mode`, the predicates
# that classify a mode, and filemode(), which renders one as `ls -l` does.
# The BSD file flags and Windows file attributes are plain constants here.
# Compiled from this source at first import.

# Positions within the tuple form of an os.stat() result.
(ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID,
 ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME) = range(10)

# File types: the high bits of a mode (S_IFMT masks them out).
S_IFIFO = 0o010000
S_IFCHR = 0o020000
S_IFDIR = 0o040000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Solaris doors, event ports and BSD whiteouts do not exist on Linux.
S_IFDOOR = S_IFPORT = S_IFWHT = 0

_TYPE_MASK = 0o170000
_PERM_MASK = 0o7777

# Set-id, sticky and the nine rwx permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ISVTX = 0o1000
S_ENFMT = S_ISGID
S_IRUSR, S_IWUSR, S_IXUSR = 0o400, 0o200, 0o100
S_IRGRP, S_IWGRP, S_IXGRP = 0o40, 0o20, 0o10
S_IROTH, S_IWOTH, S_IXOTH = 0o4, 0o2, 0o1
S_IRWXU = S_IRUSR | S_IWUSR | S_IXUSR
S_IRWXG = S_IRGRP | S_IWGRP | S_IXGRP
S_IRWXO = S_IROTH | S_IWOTH | S_IXOTH
S_IREAD, S_IWRITE, S_IEXEC = S_IRUSR, S_IWUSR, S_IXUSR

# chflags() flags (BSD / macOS): owner-settable then superuser-settable.
UF_NODUMP, UF_IMMUTABLE, UF_APPEND, UF_OPAQUE = 0x1, 0x2, 0x4, 0x8
UF_NOUNLINK, UF_COMPRESSED, UF_HIDDEN = 0x10, 0x20, 0x8000
SF_ARCHIVED, SF_IMMUTABLE, SF_APPEND = 0x10000, 0x20000, 0x40000
SF_NOUNLINK, SF_SNAPSHOT = 0x100000, 0x200000

# Windows st_file_attributes bits.
FILE_ATTRIBUTE_READONLY = 1 << 0
FILE_ATTRIBUTE_HIDDEN = 1 << 1
FILE_ATTRIBUTE_SYSTEM = 1 << 2
FILE_ATTRIBUTE_DIRECTORY = 1 << 4
FILE_ATTRIBUTE_ARCHIVE = 1 << 5
FILE_ATTRIBUTE_DEVICE = 1 << 6
FILE_ATTRIBUTE_NORMAL = 1 << 7
FILE_ATTRIBUTE_TEMPORARY = 1 << 8
FILE_ATTRIBUTE_SPARSE_FILE = 1 << 9
FILE_ATTRIBUTE_REPARSE_POINT = 1 << 10
FILE_ATTRIBUTE_COMPRESSED = 1 << 11
FILE_ATTRIBUTE_OFFLINE = 1 << 12
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 1 << 13
FILE_ATTRIBUTE_ENCRYPTED = 1 << 14
FILE_ATTRIBUTE_INTEGRITY_STREAM = 1 << 15
FILE_ATTRIBUTE_VIRTUAL = 1 << 16
FILE_ATTRIBUTE_NO_SCRUB_DATA = 1 << 17


def _as_mode(value):
    # The C module converts its argument to a C mode_t.
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    if value < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    return value


def S_IMODE(mode):
    """Return the portion of the file's mode that can be set by os.chmod()."""
    return _as_mode(mode) & _PERM_MASK


def S_IFMT(mode):
    """Return the portion of the file's mode that describes the file type."""
    return _as_mode(mode) & _TYPE_MASK


def _type_test(name, kind, what):
    if kind:
        def test(mode):
            return _as_mode(mode) & _TYPE_MASK == kind
    else:
        def test(mode):
            _as_mode(mode)
            return False
    test.__name__ = test.__qualname__ = name
    test.__doc__ = "S_IS%s(mode) -> bool\n\nReturn True if mode is from %s." % (
        name[4:], what)
    return test


S_ISDIR = _type_test("S_ISDIR", S_IFDIR, "a directory")
S_ISCHR = _type_test("S_ISCHR", S_IFCHR, "a character special device file")
S_ISBLK = _type_test("S_ISBLK", S_IFBLK, "a block special device file")
S_ISREG = _type_test("S_ISREG", S_IFREG, "a regular file")
S_ISFIFO = _type_test("S_ISFIFO", S_IFIFO, "a FIFO (named pipe)")
S_ISLNK = _type_test("S_ISLNK", S_IFLNK, "a symbolic link")
S_ISSOCK = _type_test("S_ISSOCK", S_IFSOCK, "a socket")
S_ISDOOR = _type_test("S_ISDOOR", 0, "a door")
S_ISPORT = _type_test("S_ISPORT", 0, "an event port")
S_ISWHT = _type_test("S_ISWHT", 0, "a whiteout")
del _type_test

# The letter `ls -l` shows first for each file type; '?' for anything else.
_KIND_LETTER = {S_IFREG: '-', S_IFDIR: 'd', S_IFLNK: 'l', S_IFCHR: 'c',
                S_IFBLK: 'b', S_IFIFO: 'p', S_IFSOCK: 's'}


def _triad(mode, r, w, x, special, on_exec, on_plain):
    # One rwx group; the set-id / sticky bit replaces the x column.
    out = ('r' if mode & r else '-') + ('w' if mode & w else '-')
    if mode & special:
        return out + (on_exec if mode & x else on_plain)
    return out + ('x' if mode & x else '-')


def filemode(mode):
    """Convert a file's mode to a string of the form '-rwxrwxrwx'"""
    mode = _as_mode(mode)
    return (_KIND_LETTER.get(mode & _TYPE_MASK, '?')
            + _triad(mode, S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's', 'S')
            + _triad(mode, S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's', 'S')
            + _triad(mode, S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't', 'T'))
