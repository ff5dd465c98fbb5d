# mempy's `io` module (written from the documented behaviour of CPython's io/_io):
# the stream class hierarchy, the in-memory streams StringIO and BytesIO, and the file
# classes and open() of the native `_io` (runtime/types/file), whose bases are this
# module's TextIOBase, BufferedIOBase and RawIOBase. Compiled from this source at
# first import.
#
# Left out / different from CPython:
# * FileIO cannot be constructed directly (FileIO(name)): open() makes it. A
#   TextIOWrapper(buffer) or BufferedReader/BufferedWriter/BufferedRandom(raw) over
#   another stream is a Python subclass of the native class (same name); the text
#   wrapper's tell() is the byte position (CPython's cookie for stateless decoders).
#   BufferedRWPair and IncrementalNewlineDecoder are absent.
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

    # A subclass defines readinto() (and write()); read() and readall() are
    # made from it.

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        buf = bytearray(size.__index__())
        n = self.readinto(buf)
        if n is None:
            return None
        del buf[n:]
        return bytes(buf)

    def readall(self):
        out = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            out += data
        if out:
            return bytes(out)
        # b'' at the end, None when a non-blocking stream has nothing yet.
        return data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Root of the buffered binary streams."""

    def read(self, size=-1):
        self._unsupported("read")

    # No read1() default: the native _io.BufferedReader (a subclass) has none
    # of its own yet, and TextIOWrapper reads with read1() when there is one.

    def write(self, b):
        self._unsupported("write")

    def _readinto(self, b, read):
        view = memoryview(b).cast('B')
        data = read(len(view))
        n = len(data)
        view[:n] = data
        return n

    def readinto(self, b):
        return self._readinto(b, self.read)

    def readinto1(self, b):
        return self._readinto(b, self.read1)

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


# ----- BufferedReader / BufferedWriter / BufferedRandom (raw) --------------------------------
# open() makes the native buffered files. One made directly over a raw stream (a
# BytesIO, a FileIO, any object with readinto/read/write) is an instance of a subclass
# written here, showing the same name, that keeps its own read-ahead and write-behind
# buffers in front of `raw` as CPython's _io.Buffered* do: writes reach `raw` when
# the buffer passes buffer_size, on flush(), seek(), tell()-free operations that need
# the raw position, and close(); reads fetch buffer_size bytes at a time.

class _BufferedOver:
    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        buffer_size = _index(buffer_size)
        if self._reads and self._writes and not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        if self._reads and not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if self._writes and not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""        # read ahead of the caller
        self._wbuf = bytearray()  # written by the caller, not yet given to raw

    # --- state ----------------------------------------------------------------------

    def _check_attached(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")

    def _check_open(self, msg="I/O operation on closed file."):
        self._check_attached()
        if self._raw.closed:
            raise ValueError(msg)

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        self._check_attached()
        return self._raw.closed

    @property
    def name(self):
        self._check_attached()
        return self._raw.name

    @property
    def mode(self):
        self._check_attached()
        return self._raw.mode

    def fileno(self):
        self._check_attached()
        return self._raw.fileno()

    def isatty(self):
        self._check_attached()
        return self._raw.isatty()

    def readable(self):
        self._check_attached()
        return self._reads and self._raw.readable()

    def writable(self):
        self._check_attached()
        return self._writes and self._raw.writable()

    def seekable(self):
        self._check_attached()
        return self._raw.seekable()

    def __repr__(self):
        out = "<%s.%s" % (type(self).__module__, type(self).__qualname__)
        try:
            name = self.name
        except (AttributeError, ValueError):
            pass
        else:
            out += " name=%r" % (name,)
        return out + ">"

    def __getstate__(self):
        raise TypeError("cannot pickle %r object" % type(self).__name__)

    # --- writing --------------------------------------------------------------------

    def write(self, b):
        if not self._writes:
            self._unsupported("write")
        self._check_attached()
        if self._raw.closed:
            raise ValueError("write to closed file")
        data = memoryview(b).tobytes()
        if self._rbuf:
            # Writing after reading ahead: the raw position goes back to the
            # caller's.
            self._raw.seek(-len(self._rbuf), 1)
            self._rbuf = b""
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        self._check_attached()
        if self._raw.closed:
            raise ValueError("flush of closed file")
        self._flush_writes()
        if self._writes:
            self._raw.flush()

    def close(self):
        self._check_attached()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    def __del__(self):
        # CPython's IOBase finalizer: a buffered stream that goes away closes its raw.
        try:
            if self._raw is not None and not self._raw.closed:
                self.close()
        except Exception:
            pass

    def detach(self):
        self._check_attached()
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    # --- reading --------------------------------------------------------------------

    def _fill(self, want):
        # Reads from raw until `want` bytes are buffered or raw has no more now;
        # False when raw gave nothing (end of stream or would block).
        self._flush_writes()
        got = False
        while len(self._rbuf) < want:
            chunk = self._raw.read(max(self.buffer_size, want - len(self._rbuf)))
            if not chunk:
                break
            got = True
            self._rbuf += chunk
        return got

    def read(self, size=-1):
        if not self._reads:
            self._unsupported("read")
        self._check_open("read of closed file")
        size = _size(size)
        if size < 0:
            self._flush_writes()
            parts = [self._rbuf]
            self._rbuf = b""
            while True:
                chunk = self._raw.read()
                if not chunk:
                    if chunk is None and not any(parts):
                        return None
                    break
                parts.append(chunk)
            return b"".join(parts)
        self._fill(size)
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def read1(self, size=-1):
        if not self._reads:
            self._unsupported("read1")
        self._check_open("read of closed file")
        size = _size(size)
        if not self._rbuf:
            self._fill(1)
        if size < 0:
            size = len(self._rbuf)
        out, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return out

    def peek(self, size=0):
        if not self._reads:
            self._unsupported("peek")
        self._check_open("peek of closed file")
        if not self._rbuf:
            self._fill(1)
        return self._rbuf

    def readinto(self, b):
        return _readinto(self, b)

    def readinto1(self, b):
        view = memoryview(b).cast("B")
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        if not self._reads:
            self._unsupported("readline")
        self._check_open("readline of closed file")
        size = _size(size)
        while True:
            end = self._rbuf.find(b"\n")
            if end >= 0:
                end += 1
                break
            if 0 <= size <= len(self._rbuf) or not self._fill(len(self._rbuf) + 1):
                end = len(self._rbuf)
                break
        if 0 <= size < end:
            end = size
        out, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return out

    def readlines(self, hint=None):
        return IOBase.readlines(self, hint)

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    # --- position -------------------------------------------------------------------

    def tell(self):
        self._check_attached()
        pos = self._raw.tell() - len(self._rbuf) + len(self._wbuf)
        return max(pos, 0)

    def seek(self, pos, whence=0):
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError("whence value %d unsupported" % whence)
        self._check_open("seek of closed file")
        self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf)
        self._rbuf = b""
        return self._raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_open("truncate of closed file")
        if not self._writes:
            self._unsupported("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        self._rbuf = b""
        return self._raw.truncate(pos)


def _buffered_over(native, reads, writes):
    ns = {k: v for k, v in _BufferedOver.__dict__.items()
          if k not in ("__dict__", "__weakref__", "__doc__")}
    ns.update(_reads=reads, _writes=writes, __module__="_io",
              __qualname__=native.__name__)
    made = type(native.__name__, (native,), ns)
    over = {}

    def new(cls, *args, **kwargs):
        # Buffered*(raw, ...): a stream this module implements (for a subclass, a
        # class with the subclass's methods over it).
        if cls is native:
            return object.__new__(made)
        if issubclass(cls, made):
            return object.__new__(cls)
        sub = over.get(cls)
        if sub is None:
            sub = type(cls.__name__, (cls, made), {"__module__": cls.__module__,
                                                  "__qualname__": cls.__qualname__})
            over[cls] = sub
        return object.__new__(sub)

    native.__new__ = new
    return made


_buffered_over(BufferedReader, True, False)
_buffered_over(BufferedWriter, False, True)
_buffered_over(BufferedRandom, True, True)
del _buffered_over


# ----- TextIOWrapper(buffer) -------------------------------------------------------------
# The native TextIOWrapper is what open() makes (its file state lives in the VM). A
# TextIOWrapper made directly over a binary stream (a BytesIO, a FileIO, a
# BufferedReader, any object with read/write) is an instance of `_BufferText`, a
# subclass written here that shows the same name and decodes, encodes and translates
# newlines itself; TextIOWrapper.__new__ picks it.

_CHUNK = 8192


class _BufferText(TextIOWrapper):
    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not "
                            + type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not "
                            + type(encoding).__name__)
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not "
                            + type(errors).__name__)
        import codecs
        info = codecs.lookup(encoding)
        if getattr(info, "_is_text_encoding", True) is False:
            raise LookupError("%r is not a text encoding; use codecs.open() to handle "
                              "arbitrary codecs" % encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._info = info
        self._set_newline(newline)
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._decoder = None
        self._encoder = None
        self._pending = ""      # decoded, not yet translated or delivered
        self._eof = False
        self._out = []          # encoded bytes not yet written to the buffer
        self._out_size = 0
        self._detached = False

    def _set_newline(self, newline):
        self._newline = newline
        # Reading: universal newlines unless one ending was named; translated to
        # "\n" only for None. Writing: "\n" becomes the named ending (os.linesep
        # for None).
        self._universal = newline is None or newline == ""
        self._translate = newline is None
        self._write_nl = "\n" if newline is None else (newline or "\n")

    # --- state --------------------------------------------------------------------

    def _check_attached(self):
        if self._detached:
            raise ValueError("underlying buffer has been detached")

    def _check_open(self):
        self._check_attached()
        if self._buffer.closed:
            raise ValueError("I/O operation on closed file.")

    @property
    def buffer(self):
        self._check_attached()
        return self._buffer

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return None

    @property
    def closed(self):
        self._check_attached()
        return self._buffer.closed

    @property
    def name(self):
        self._check_attached()
        return self._buffer.name

    def fileno(self):
        self._check_attached()
        return self._buffer.fileno()

    def isatty(self):
        self._check_attached()
        return self._buffer.isatty()

    def readable(self):
        self._check_attached()
        return self._buffer.readable()

    def writable(self):
        self._check_attached()
        return self._buffer.writable()

    def seekable(self):
        self._check_attached()
        return self._buffer.seekable()

    def __repr__(self):
        out = "<_io.TextIOWrapper"
        try:
            name = self.name
        except AttributeError:
            pass
        except ValueError:
            pass
        else:
            out += " name=%r" % (name,)
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            out += " mode=%r" % (mode,)
        return out + " encoding=%r>" % (self._encoding,)

    # --- writing ------------------------------------------------------------------

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        n = len(s)
        text = s
        if self._write_nl != "\n" and "\n" in text:
            text = text.replace("\n", self._write_nl)
        if self._encoder is None:
            self._encoder = self._info.incrementalencoder(self._errors)
        data = self._encoder.encode(text)
        if self._pending:
            # Writing after reading ahead: go back to where reading stopped.
            self._rewind_read_ahead()
        self._out.append(data)
        self._out_size += len(data)
        if (self._write_through or self._out_size > _CHUNK
                or (self._line_buffering and ("\n" in s or "\r" in s))):
            self._flush_out()
        if self._line_buffering and ("\n" in s or "\r" in s):
            self._buffer.flush()
        return n

    def _flush_out(self):
        if self._out:
            data = b"".join(self._out)
            self._out = []
            self._out_size = 0
            self._buffer.write(data)

    def flush(self):
        self._check_open()
        self._flush_out()
        self._buffer.flush()

    def close(self):
        self._check_attached()
        if self._buffer.closed:
            return
        try:
            self.flush()
        finally:
            self._buffer.close()

    def __del__(self):
        # CPython's IOBase finalizer: a wrapper that goes away closes its stream.
        try:
            if not self._detached and not self._buffer.closed:
                self.close()
        except Exception:
            pass

    def detach(self):
        self._check_attached()
        self.flush()
        buffer = self._buffer
        self._detached = True
        return buffer

    # --- reading ------------------------------------------------------------------

    def _read_chunk(self, size=_CHUNK):
        # Decodes one more chunk of the buffer into `_pending`; False at its end.
        if self._eof:
            return False
        self._flush_out()
        reader = getattr(self._buffer, "read1", None) or self._buffer.read
        data = reader(size)
        if data is None:
            data = b""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("underlying read1() should have returned a bytes-like "
                            "object, not '%s'" % type(data).__name__)
        if self._decoder is None:
            self._decoder = self._info.incrementaldecoder(self._errors)
        final = not data
        self._pending += self._decoder.decode(data, final)
        if final:
            self._eof = True
        return not final

    def _fill_cr(self):
        # A "\r" at the end of what was read may be the start of "\r\n".
        while self._universal and self._pending.endswith("\r") and self._read_chunk():
            pass

    def _take(self, n):
        # Delivers up to n characters of `_pending`, newlines translated.
        s = self._pending
        if not self._translate:
            out, self._pending = s[:n], s[n:]
            return out
        parts = []
        count = 0
        i = 0
        while count < n and i < len(s):
            j = s.find("\r", i)
            if j < 0 or j - i >= n - count:
                k = min(len(s), i + n - count)
                parts.append(s[i:k])
                count += k - i
                i = k
                break
            parts.append(s[i:j])
            parts.append("\n")
            count += j - i + 1
            i = j + 2 if s.startswith("\r\n", j) else j + 1
        self._pending = s[i:]
        return "".join(parts)

    def read(self, size=-1):
        self._check_open()
        if not self.readable():
            raise UnsupportedOperation("not readable")
        size = -1 if size is None else _index(size)
        if size < 0:
            while self._read_chunk(1 << 30):
                pass
            return self._take(len(self._pending))
        while len(self._pending) < size + 1 and self._read_chunk():
            pass
        self._fill_cr()
        return self._take(size)

    def _line_end(self, s, start):
        # Where the first line of s[start:] ends (past its ending), or -1.
        if self._universal:
            i = s.find("\n", start)
            j = s.find("\r", start)
            if j >= 0 and (i < 0 or j < i):
                if j + 1 < len(s):
                    return j + 2 if s[j + 1] == "\n" else j + 1
                return j + 1 if self._eof else -1
            return i + 1 if i >= 0 else -1
        i = s.find(self._newline, start)
        return i + len(self._newline) if i >= 0 else -1

    def readline(self, size=-1):
        self._check_open()
        size = -1 if size is None else _index(size)
        start = 0
        while True:
            end = self._line_end(self._pending, start)
            if end >= 0 or self._eof:
                break
            if 0 <= size <= len(self._pending):
                break
            start = max(0, len(self._pending) - 1)
            self._read_chunk()
        if end < 0:
            end = len(self._pending)
        if 0 <= size < end:
            end = size
        line = self._pending[:end]
        self._pending = self._pending[end:]
        if self._translate:
            line = line.replace("\r\n", "\n").replace("\r", "\n")
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # The native class's methods are overridden with IOBase's behaviour.
    def __iter__(self):
        self._check_open()
        return self

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    readlines = IOBase.readlines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)

    # --- positioning ----------------------------------------------------------------

    def _rewind_read_ahead(self):
        # Moves the buffer back over the bytes read but not delivered.
        if self._pending and self._buffer.seekable():
            back = len(self._pending.encode(self._encoding, self._errors))
            self._buffer.seek(self._buffer.tell() - back)
        self._pending = ""
        self._decoder = None
        self._eof = False

    def tell(self):
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.flush()
        pos = self._buffer.tell()
        if self._pending:
            pos -= len(self._pending.encode(self._encoding, self._errors))
        return pos

    def seek(self, cookie, whence=0):
        self._check_open()
        if not self.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._pending = ""
            self._decoder = None
            self._eof = False
            return self._buffer.seek(0, 2)
        elif whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self.flush()
        self._pending = ""
        self._decoder = None
        self._encoder = None
        self._eof = False
        self._buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        self.flush()
        if encoding is not None:
            import codecs
            self._info = codecs.lookup(encoding)
            self._encoding = encoding
            self._encoder = None
            if errors is None:
                errors = "strict"
        if errors is not None:
            self._errors = errors
        if newline is not Ellipsis:
            self._set_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)


_BufferText.__name__ = "TextIOWrapper"
_BufferText.__qualname__ = "TextIOWrapper"
_BufferText.__module__ = "_io"
_buffer_text_classes = {}


def _text_wrapper_new(cls, *args, **kwargs):
    # TextIOWrapper(buffer, ...): a wrapper this module implements (for a subclass
    # of TextIOWrapper, a class with the subclass's methods over it).
    if cls is TextIOWrapper:
        return object.__new__(_BufferText)
    if issubclass(cls, _BufferText):
        return object.__new__(cls)
    made = _buffer_text_classes.get(cls)
    if made is None:
        made = type(cls.__name__, (cls, _BufferText), {"__module__": cls.__module__,
                                                       "__qualname__": cls.__qualname__})
        _buffer_text_classes[cls] = made
    return object.__new__(made)


TextIOWrapper.__new__ = _text_wrapper_new


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
