# mempy's `io` module (written from the documented behaviour of CPython's io/_io):
# the stream class hierarchy, the in-memory streams StringIO and BytesIO, and the file
# classes and open() of the native `_io` (runtime/types/file), whose bases are this
# module's TextIOBase, BufferedIOBase and RawIOBase. Compiled from this source at
# first import.
#
# Left out / different from CPython:
# * The file classes cannot be constructed directly (TextIOWrapper(buffer) over another
#   stream, FileIO(name)): open() makes them. IncrementalNewlineDecoder is absent.
# * BytesIO.getbuffer() (needs memoryview export locking) is absent.
# * The class hierarchy is StringIO -> TextIOBase -> IOBase and BytesIO ->
#   BufferedIOBase -> IOBase (CPython interposes the C bases _TextIOBase etc. and makes
#   the io.* bases ABCs); StringIO/BytesIO are still named `_io.StringIO`/`_io.BytesIO`.
# * BytesIO accepts bytes and bytearray only (mempy has no memoryview or buffer
#   protocol for other objects).
# * Pickling support (__getstate__/__setstate__) is absent.

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase", "FileIO",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding"]

DEFAULT_BUFFER_SIZE = 8192

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


def _index(v, what="integer"):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    meth = getattr(type(v), "__index__", None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return meth(v)


def _size(size):
    if size is None:
        return -1
    return _index(size)


class IOBase:
    """Root of the stream classes: closing, context manager, line iteration."""

    _closed = False
    _closed_msg = "I/O operation on closed file."

    def _check_closed(self, msg=None):
        if self._closed:
            raise ValueError(msg or self._closed_msg)

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._check_closed()

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    @property
    def closed(self):
        return self._closed

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._check_closed()
        return False

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size(hint)
        lines = []
        if hint <= 0:
            for line in self:
                lines.append(line)
            return lines
        n = 0
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Root of the unbuffered binary streams."""


class BufferedIOBase(IOBase):
    """Root of the buffered binary streams."""

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Root of the text streams."""

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    @property
    def newlines(self):
        return None


# The builtin exception, as a name of this module.
BlockingIOError = BlockingIOError


# ----- StringIO -----------------------------------------------------------------------

class StringIO(TextIOBase):
    """A text stream kept in memory: StringIO(initial_value='', newline='\\n')."""

    __module__ = "_io"
    _closed_msg = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._seen = 0          # bit 1: '\r', 2: '\n', 4: '\r\n' (newline None or '')
        # The text is `_value` followed by the pieces in `_tail` (appends are cheap).
        self._value = ""
        self._tail = []
        self._len = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _text(self):
        if self._tail:
            self._value = self._value + "".join(self._tail)
            self._tail = []
        return self._value

    def _translate(self, s):
        nl = self._newline
        if nl is None or nl == "":
            if "\r" in s:
                if "\r\n" in s:
                    self._seen |= 4
                if s.replace("\r\n", "").find("\r") >= 0:
                    self._seen |= 1
                if s.replace("\r\n", "").find("\n") >= 0:
                    self._seen |= 2
                if nl is None:
                    s = s.replace("\r\n", "\n").replace("\r", "\n")
            elif "\n" in s:
                self._seen |= 2
        elif nl != "\n" and "\n" in s:
            s = s.replace("\n", nl)
        return s

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translate(s)
        m = len(s)
        pos = self._pos
        if pos == self._len:
            self._tail.append(s)
            self._len += m
        else:
            text = self._text()
            if pos > self._len:
                text = text + "\0" * (pos - self._len)
            text = text[:pos] + s + text[pos + m:]
            self._value = text
            self._len = len(text)
        self._pos = pos + m
        return n

    def getvalue(self):
        self._check_closed()
        return self._text()

    def read(self, size=-1):
        self._check_closed()
        size = _size(size)
        text = self._text()
        pos = self._pos
        if pos >= self._len:
            return ""
        if size < 0:
            end = self._len
        else:
            end = min(pos + size, self._len)
        self._pos = end
        return text[pos:end]

    def _line_end(self, text, pos):
        # Index just past the next line ending at or after pos (or len).
        nl = self._newline
        if nl is None or nl == "\n":
            i = text.find("\n", pos)
            return len(text) if i < 0 else i + 1
        if nl == "":
            i = text.find("\n", pos)
            j = text.find("\r", pos)
            if j < 0 or (0 <= i < j):
                return len(text) if i < 0 else i + 1
            if j + 1 < len(text) and text[j + 1] == "\n":
                return j + 2
            return j + 1
        i = text.find(nl, pos)
        return len(text) if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check_closed()
        size = _size(size)
        text = self._text()
        pos = self._pos
        if pos >= self._len:
            return ""
        end = self._line_end(text, pos)
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return text[pos:end]

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._len
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
        if pos < 0:
            raise ValueError("Negative size value %d" % pos)
        if pos < self._len:
            self._value = self._text()[:pos]
            self._len = pos
        return pos

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        if self._newline is not None and self._newline != "":
            return None
        seen = [nl for bit, nl in ((1, "\r"), (2, "\n"), (4, "\r\n")) if self._seen & bit]
        if not seen:
            return None
        if len(seen) == 1:
            return seen[0]
        return tuple(seen)

    def __next__(self):
        self._check_closed("I/O operation on closed file.")
        line = self.readline()
        if not line:
            raise StopIteration
        return line



# ----- BytesIO ------------------------------------------------------------------------

def _bytes_of(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(BufferedIOBase):
    """A binary stream kept in memory: BytesIO(initial_bytes=b'')."""

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        self._buf = bytearray()
        self._pos = 0
        if initial_bytes is not None:
            self._buf += _bytes_of(initial_bytes)

    def write(self, b):
        self._check_closed()
        data = _bytes_of(b)
        n = len(data)
        pos = self._pos
        buf = self._buf
        if pos == len(buf):
            buf += data
        else:
            if pos > len(buf):
                buf += b"\0" * (pos - len(buf))
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def flush(self):
        # Nothing is buffered on the way anywhere; BytesIO still defines its own
        # flush, as CPython's does (it shows in BytesIO.__dict__), which only refuses
        # a closed stream.
        self._check_closed()

    def getbuffer(self):
        """A writable memoryview over the stream's bytes; while one is alive the
        stream cannot change size."""
        self._check_closed()
        # The view is over the bytearray itself, so writes through it are the
        # stream's, and the bytearray's own export count refuses resizing.
        return memoryview(self._buf)

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def read(self, size=-1):
        self._check_closed()
        size = _size(size)
        pos = self._pos
        n = len(self._buf)
        if pos >= n:
            return b""
        end = n if size < 0 else min(pos + size, n)
        self._pos = end
        return bytes(self._buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        size = _size(size)
        pos = self._pos
        buf = self._buf
        n = len(buf)
        if pos >= n:
            return b""
        i = buf.find(b"\n", pos)
        end = n if i < 0 else i + 1
        if size >= 0 and end > pos + size:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def readinto(self, b):
        self._check_closed()
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    readinto1 = readinto

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        whence = _index(whence)
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
        if pos < 0:
            raise ValueError("negative size value %d" % pos)
        if pos < len(self._buf):
            del self._buf[pos:]
        return pos

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def __iter__(self):
        return self

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line


# ----- files ---------------------------------------------------------------------------
# The native classes: made now, with the stream classes above as their bases.

from _io import (open, FileIO, TextIOWrapper, BufferedReader, BufferedWriter,
                 BufferedRandom)


def _readinto(self, b):
    """Reads up to len(b) bytes into the writable buffer `b`; how many were read."""
    try:
        view = memoryview(b)
    except TypeError:
        view = None
    if view is None or view.readonly:
        raise TypeError("readinto() argument must be read-write bytes-like object, not "
                        + type(b).__name__)
    view = view.cast("B")
    data = self.read(len(view))
    n = len(data)
    view[:n] = data
    return n


# The binary file classes read into a caller's buffer (CPython's FileIO and
# Buffered* `readinto`, whose bytes land in the buffer as one `read` returns them).
for _cls in (FileIO, BufferedReader, BufferedWriter, BufferedRandom):
    _cls.readinto = _readinto
del _cls


def open_code(path):
    """Opens the file at `path` for reading its code: open(path, 'rb')."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not "
                        + type(path).__name__)
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    """The encoding argument a function taking `encoding=None` passes on to open():
    `encoding` itself, or "locale" for None (CPython without UTF-8 mode)."""
    if encoding is None:
        return "locale"
    return encoding


# `_io` gets the rest of CPython's names (`import _io` alone still has them all).
import _io
for _name in ("BytesIO", "StringIO", "UnsupportedOperation", "BlockingIOError",
              "DEFAULT_BUFFER_SIZE", "open_code", "text_encoding"):
    setattr(_io, _name, globals()[_name])
_io._IOBase = IOBase
_io._RawIOBase = RawIOBase
_io._BufferedIOBase = BufferedIOBase
_io._TextIOBase = TextIOBase
del _io, _name
