"""mempy's `zipfile` (CPython's Lib/zipfile.py): reading and writing ZIP archives
whose members are stored uncompressed.

ZipFile (modes 'r', 'w', 'x', 'a'; a path or a binary file object), its members as
ZipInfo records (name, date_time, sizes, CRC-32, external attributes), read/open/
extract/extractall, write/writestr/mkdir, namelist/infolist/getinfo/printdir/testzip,
the archive comment; is_zipfile; BadZipFile, LargeZipFile.

Members are stored or deflated (ZIP_DEFLATED, through `zlib` as CPython's: the same
compressed bytes for the same level); mempy has no bz2 or lzma, so asking for those
raises CPython's own error for a missing compressor ("Compression requires the
(missing) bz2 module"), and so does reading such a member. Left out as well: ZIP64
archives (more than 65535 members or 4 GiB; LargeZipFile), encryption, PyZipFile and
Path, and the command-line interface. Written for mempy from the ZIP format
(PKWARE's APPNOTE); class and method names and messages are CPython 3.11's.
"""

import io
import os
import struct
import time

__all__ = ['BadZipFile', 'BadZipfile', 'error', 'ZIP_STORED', 'ZIP_DEFLATED',
           'ZIP_BZIP2', 'ZIP_LZMA', 'is_zipfile', 'ZipInfo', 'ZipFile',
           'LargeZipFile']


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """An archive would need the ZIP64 extensions (not supported here)."""


error = BadZipfile = BadZipFile

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14
_MISSING = {ZIP_BZIP2: 'bz2', ZIP_LZMA: 'lzma'}

# Record layouts (little-endian) and their signatures.
_LOCAL = struct.Struct('<4sHHHHHIIIHH')          # 30 bytes
_CENTRAL = struct.Struct('<4sBBBBHHHHIIIHHHHHII')  # 46 bytes
_END = struct.Struct('<4sHHHHIIH')               # 22 bytes
_LOCAL_SIG = b'PK\x03\x04'
_CENTRAL_SIG = b'PK\x01\x02'
_END_SIG = b'PK\x05\x06'
_UTF8_FLAG = 0x800
_LIMIT = 0xFFFFFFFF


# The upper half of code page 437, which ZIP names use without the UTF-8 flag.
_CP437_HIGH = (
    '\u00c7\u00fc\u00e9\u00e2\u00e4\u00e0\u00e5\u00e7\u00ea\u00eb\u00e8\u00ef'
    '\u00ee\u00ec\u00c4\u00c5\u00c9\u00e6\u00c6\u00f4\u00f6\u00f2\u00fb\u00f9'
    '\u00ff\u00d6\u00dc\u00a2\u00a3\u00a5\u20a7\u0192\u00e1\u00ed\u00f3\u00fa'
    '\u00f1\u00d1\u00aa\u00ba\u00bf\u2310\u00ac\u00bd\u00bc\u00a1\u00ab\u00bb'
    '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557'
    '\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f'
    '\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559'
    '\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580'
    '\u03b1\u00df\u0393\u03c0\u03a3\u03c3\u00b5\u03c4\u03a6\u0398\u03a9\u03b4'
    '\u221e\u03c6\u03b5\u2229\u2261\u00b1\u2265\u2264\u2320\u2321\u00f7\u2248'
    '\u00b0\u2219\u00b7\u221a\u207f\u00b2\u25a0\u00a0'
)


def _decode_name(raw, encoding):
    if encoding:
        return raw.decode(encoding)
    return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


# The CRC-32 of zlib and the ZIP format (CPython's zipfile also takes binascii's).
from binascii import crc32


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression in _MISSING:
        raise RuntimeError('Compression requires the (missing) %s module'
                           % _MISSING[compression])
    raise NotImplementedError('That compression method is not supported')


class ZipInfo:
    """One member of an archive."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type',
                 '_compresslevel', 'comment', 'extra', 'create_system',
                 'create_version', 'extract_version', 'reserved', 'flag_bits',
                 'volume', 'internal_attr', 'external_attr', 'header_offset',
                 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename='NoName', date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # The name is cut at a NUL and always uses '/' between its parts.
        nul = filename.find('\0')
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != '/' and os.sep in filename:
            filename = filename.replace(os.sep, '/')
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b''
        self.extra = b''
        self.create_system = 3
        self.create_version = 20
        self.extract_version = 20
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.CRC = 0
        self.compress_size = 0
        self.file_size = 0

    def __repr__(self):
        parts = [f'<{self.__class__.__name__} filename={self.filename!r}']
        if self.compress_type != ZIP_STORED:
            parts.append(f' compress_type={self.compress_type}')
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            import stat
            parts.append(f' filemode={stat.filemode(hi)!r}')
        if lo:
            parts.append(f' external_attr={lo:#x}')
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(f' file_size={self.file_size!r}')
        if (not isdir or self.compress_size) and (
                self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            parts.append(f' compress_size={self.compress_size!r}')
        parts.append('>')
        return ''.join(parts)

    def _dos_time(self):
        y, mo, d, h, mi, s = self.date_time
        return ((h << 11) | (mi << 5) | (s // 2),
                ((y - 1980) << 9) | (mo << 5) | d)

    def _encoded_name(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _UTF8_FLAG

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = os.path.isdir(filename)
        date_time = time.localtime(st.st_mtime)[0:6]
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0:1] in (os.sep, '/'):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        return self.filename[-1:] == '/'


def _read_end_record(fp):
    # The end-of-central-directory record: at the very end, or before a comment
    # of up to 65535 bytes. (its fields, comment) or None.
    fp.seek(0, 2)
    size = fp.tell()
    start = max(0, size - _END.size - 65535)
    fp.seek(start)
    tail = fp.read()
    at = tail.rfind(_END_SIG)
    while at >= 0:
        if at + _END.size <= len(tail):
            fields = _END.unpack(tail[at:at + _END.size])
            comment = tail[at + _END.size:at + _END.size + fields[7]]
            if len(comment) == fields[7]:
                return fields, comment, start + at
        at = tail.rfind(_END_SIG, 0, at)
    return None


def is_zipfile(filename):
    """True when `filename` (a path or a binary file object) looks like an archive."""
    try:
        if hasattr(filename, 'read'):
            return _read_end_record(filename) is not None
        with open(filename, 'rb') as fp:
            return _read_end_record(fp) is not None
    except OSError:
        return False


class _MemberWriter(io.BytesIO):
    # What open(name, 'w') returns: the bytes become the member when it is closed.

    def __init__(self, archive, info):
        super().__init__()
        self._archive = archive
        self._info = info

    def close(self):
        if not self.closed:
            data = self.getvalue()
            super().close()
            self._archive._writing = False
            self._archive._add(self._info, data, self._archive.compresslevel)


class ZipFile:
    """An archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError('metadata_encoding is only supported for reading files')
        self.mode = mode
        self.compression = compression
        self.compresslevel = compresslevel
        self._allowZip64 = allowZip64
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self._comment = b''
        self._modified = False
        self._writing = False
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._owns_fp = True
            self.filename = file
            opener = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b'}[mode]
            try:
                self.fp = open(file, opener)
            except FileNotFoundError:
                if mode != 'a':
                    raise
                self.fp = open(file, 'w+b')
                mode = 'w'
        else:
            self._owns_fp = False
            self.fp = file
            self.filename = getattr(file, 'name', None)
        try:
            if mode == 'r':
                self._read_directory()
            elif mode in ('w', 'x'):
                self._modified = True
                self._start = self.fp.tell() if hasattr(self.fp, 'tell') else 0
                self._end_of_members = self._start
            else:
                try:
                    self._read_directory()
                    self._end_of_members = self._directory_offset
                except BadZipFile:
                    # Not an archive: the members go after what is there.
                    self.fp.seek(0, 2)
                    self._start = 0
                    self._end_of_members = self.fp.tell()
                self._modified = True
        except BaseException:
            fp = self.fp
            self.fp = None
            if self._owns_fp:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        self.close()

    def __repr__(self):
        result = [f'<{self.__class__.__module__}.{self.__class__.__qualname__}']
        if self.fp is not None:
            if self._owns_fp:
                result.append(f' filename={self.filename!r}')
            elif self.filename is not None:
                result.append(f' file={self.fp!r}')
            result.append(f' mode={self.mode!r}')
        else:
            result.append(' [closed]')
        result.append('>')
        return ''.join(result)

    def _read_directory(self):
        found = _read_end_record(self.fp)
        if found is None:
            raise BadZipFile('File is not a zip file')
        fields, comment, end_at = found
        count, size, offset = fields[4], fields[5], fields[6]
        self._comment = comment
        # Bytes in front of the archive (a self-extracting stub) shift every offset.
        self._start = end_at - size - offset
        self._directory_offset = self._start + offset
        self.fp.seek(self._directory_offset)
        data = self.fp.read(size)
        pos = 0
        for _ in range(count):
            head = data[pos:pos + _CENTRAL.size]
            if len(head) != _CENTRAL.size or head[:4] != _CENTRAL_SIG:
                raise BadZipFile('Bad magic number for central directory')
            f = _CENTRAL.unpack(head)
            pos += _CENTRAL.size
            name_len, extra_len, comment_len = f[12], f[13], f[14]
            raw_name = data[pos:pos + name_len]
            pos += name_len
            flags = f[5]
            if flags & _UTF8_FLAG:
                name = raw_name.decode('utf-8')
            else:
                name = _decode_name(raw_name, self.metadata_encoding)
            t, d = f[7], f[8]
            info = ZipInfo(name, ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                                  t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2))
            info.orig_filename = name
            info.create_version, info.create_system = f[1], f[2]
            info.extract_version, info.reserved = f[3], f[4]
            info.flag_bits, info.compress_type = flags, f[6]
            info.CRC, info.compress_size, info.file_size = f[9], f[10], f[11]
            info.volume, info.internal_attr = f[15], f[16]
            info.external_attr = f[17]
            info.header_offset = f[18] + self._start
            info.extra = data[pos:pos + extra_len]
            pos += extra_len
            info.comment = data[pos:pos + comment_len]
            pos += comment_len
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return list(self.filelist)

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def printdir(self, file=None):
        print('%-46s %19s %12s' % ('File Name', 'Modified    ', 'Size'), file=file)
        for info in self.filelist:
            date = '%d-%02d-%02d %02d:%02d:%02d' % info.date_time[:6]
            print('%-46s %s %12d' % (info.filename, date, info.file_size), file=file)

    def testzip(self):
        for info in self.filelist:
            try:
                self.read(info)
            except BadZipFile:
                return info.filename
        return None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError('comment: expected bytes, got %s' % type(comment).__name__)
        if len(comment) > 65535:
            import warnings
            warnings.warn('Archive comment is too long; truncating to 65535 bytes',
                          stacklevel=2)
            comment = comment[:65535]
        self._comment = comment
        self._modified = True

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError('pwd: expected bytes, got %s' % type(pwd).__name__)
        if pwd:
            raise NotImplementedError('mempy zipfile: encrypted members are not supported')

    def _check_open(self, what):
        if self.fp is None:
            raise ValueError('Attempt to %s ZIP archive that was already closed' % what)

    def _member_bytes(self, info):
        self._check_open('read from')
        if info.flag_bits & 0x1:
            raise NotImplementedError('mempy zipfile: encrypted members are not supported')
        _check_compression(info.compress_type)
        self.fp.seek(info.header_offset)
        head = self.fp.read(_LOCAL.size)
        if len(head) != _LOCAL.size:
            raise BadZipFile('Truncated file header')
        f = _LOCAL.unpack(head)
        if f[0] != _LOCAL_SIG:
            raise BadZipFile('Bad magic number for file header')
        raw_name = self.fp.read(f[9])
        self.fp.read(f[10])
        stored = raw_name.decode('utf-8') if f[2] & _UTF8_FLAG else \
            _decode_name(raw_name, self.metadata_encoding)
        if stored != info.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (info.orig_filename, raw_name))
        data = self.fp.read(info.compress_size)
        if len(data) != info.compress_size:
            raise EOFError
        if info.compress_type == ZIP_DEFLATED:
            import zlib
            d = zlib.decompressobj(-15)
            data = d.decompress(data) + d.flush()
        if crc32(data) != info.CRC:
            raise BadZipFile('Bad CRC-32 for file %r' % info.filename)
        return data

    def _info_of(self, name):
        return name if isinstance(name, ZipInfo) else self.getinfo(name)

    def read(self, name, pwd=None):
        return self._member_bytes(self._info_of(name))

    def open(self, name, mode='r', pwd=None, *, force_zip64=False):
        if mode not in ('r', 'w'):
            raise ValueError('open() requires mode "r" or "w"')
        if mode == 'r':
            data = self.read(name)
            f = io.BytesIO(data)
            f.name = self._info_of(name).filename
            return f
        self._check_open('write to')
        if self.mode == 'r':
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. "
                             "Close the first handle before opening another.")
        info = name if isinstance(name, ZipInfo) else ZipInfo(
            name, time.localtime(time.time())[:6])
        info.compress_type = self.compression
        self._writing = True
        return _MemberWriter(self, info)

    def extract(self, member, path=None, pwd=None):
        return self._extract(self._info_of(member), os.getcwd() if path is None
                             else os.fspath(path))

    def extractall(self, path=None, members=None, pwd=None):
        path = os.getcwd() if path is None else os.fspath(path)
        for m in (self.filelist if members is None else members):
            self._extract(self._info_of(m), path)

    def _extract(self, info, path):
        # The member's path made safe: no drive, no absolute part, no '..'.
        parts = [p for p in info.filename.split('/')
                 if p not in ('', '.', '..')]
        target = os.path.join(path, *parts) if parts else path
        if info.is_dir():
            if not os.path.isdir(target):
                os.makedirs(target, exist_ok=True)
            return target
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        with open(target, 'wb') as f:
            f.write(self.read(info))
        return target

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        self._check_open('write to')
        if self.mode == 'r':
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        info = ZipInfo.from_file(filename, arcname,
                                 strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            data = b''
        else:
            with open(filename, 'rb') as f:
                data = f.read()
        if not info.is_dir():
            info.compress_type = self.compression if compress_type is None else compress_type
        self._add(info, data, self.compresslevel if compresslevel is None else compresslevel)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode('utf-8')
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
            if not info.external_attr:
                # A record without permissions gets owner read and write.
                info.external_attr = 0o600 << 16
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            if info.filename[-1:] == '/':
                info.external_attr = 0o40775 << 16 | 0x10
            else:
                info.external_attr = 0o600 << 16
        if compress_type is not None:
            info.compress_type = compress_type
        self._check_open('write to')
        if self.mode == 'r':
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing "
                             "handle exists")
        self._add(info, bytes(data),
                  self.compresslevel if compresslevel is None else compresslevel)

    def mkdir(self, zinfo_or_directory_name, mode=0o777):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError('The given ZipInfo does not describe a directory')
        else:
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
        self._add(info, b'')

    def _add(self, info, data, level=None):
        # Appends one member (its local header and bytes) where the members end;
        # a deflated one as CPython's compressor makes it (raw deflate, wbits -15).
        _check_compression(info.compress_type)
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=3)
        if len(data) > _LIMIT or self._end_of_members > _LIMIT or \
                len(self.filelist) >= 0xFFFF:
            raise LargeZipFile('mempy zipfile: ZIP64 archives are not supported')
        info.file_size = len(data)
        info.CRC = crc32(data)
        if info.compress_type == ZIP_DEFLATED:
            import zlib
            c = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION if level is None else level,
                                 zlib.DEFLATED, -15)
            data = c.compress(data) + c.flush()
        info.compress_size = len(data)
        info.header_offset = self._end_of_members
        name, flags = info._encoded_name()
        info.flag_bits = flags
        t, d = info._dos_time()
        head = _LOCAL.pack(_LOCAL_SIG, info.extract_version, flags, info.compress_type,
                           t, d, info.CRC, info.compress_size, info.file_size,
                           len(name), len(info.extra))
        self.fp.seek(self._end_of_members)
        self.fp.write(head + name + info.extra + data)
        self._end_of_members = self.fp.tell()
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info
        self._modified = True

    def _write_directory(self):
        self.fp.seek(self._end_of_members)
        start = self._end_of_members
        for info in self.filelist:
            name, flags = info._encoded_name()
            t, d = info._dos_time()
            self.fp.write(_CENTRAL.pack(
                _CENTRAL_SIG, info.create_version, info.create_system,
                info.extract_version, info.reserved, flags, info.compress_type, t, d,
                info.CRC, info.compress_size, info.file_size, len(name),
                len(info.extra), len(info.comment), 0, info.internal_attr,
                info.external_attr, info.header_offset - self._start))
            self.fp.write(name + info.extra + info.comment)
        end = self.fp.tell()
        count = len(self.filelist)
        self.fp.write(_END.pack(_END_SIG, 0, 0, count, count, end - start,
                                start - self._start, len(self._comment)))
        self.fp.write(self._comment)
        if hasattr(self.fp, 'truncate'):
            self.fp.truncate()
        if hasattr(self.fp, 'flush'):
            self.fp.flush()

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open "
                             "writing handle on it. Close the writing handle "
                             "before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            if self._owns_fp:
                fp.close()
