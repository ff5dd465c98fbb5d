# `pickle` (stands in for CPython's `pickle` and its C accelerator `_pickle`): the
# pickle protocols 0 to 5. The writer emits the same bytes as CPython's C pickler
# for the builtin types, classes, functions and reduced objects; the reader takes
# any of them back. Compiled from this source at first import.
#
# Objects are reduced through reducer_override, the dispatch table (the pickler's
# own or copyreg.dispatch_table), __reduce_ex__ and __reduce__ (object.__reduce_ex__
# calls a class's own __reduce__, else builds the copyreg reduction). Exceptions,
# whose types lack a __reduce__ of their own in mempy, are reduced by
# _default_reduction.
# fix_imports renames builtins and exceptions to their Python 2 homes for
# protocols 0 to 2 and back when loading (the builtins/copy_reg/itertools part of
# CPython's compatibility tables). Left out: out-of-band buffers (PickleBuffer,
# buffer_callback).

import io
import sys
from struct import pack, unpack

import copyreg

__all__ = ["PickleError", "PicklingError", "UnpicklingError",
           "Pickler", "Unpickler", "dump", "dumps", "load", "loads"]

bytes_types = (bytes, bytearray)
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]
HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """Base of the pickling errors."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """A pickle could not be read back."""


# ---------------------------------------------------------------------------
# Opcodes. The names are part of the module's interface (pickletools and tests
# use them); the comment says which protocol introduced each group.

# protocol 0 (text) and 1 (binary)
MARK, STOP, POP, POP_MARK, DUP = b'(', b'.', b'0', b'1', b'2'
FLOAT, INT, BININT, BININT1, LONG, BININT2 = b'F', b'I', b'J', b'K', b'L', b'M'
NONE, PERSID, BINPERSID, REDUCE = b'N', b'P', b'Q', b'R'
STRING, BINSTRING, SHORT_BINSTRING = b'S', b'T', b'U'
UNICODE, BINUNICODE = b'V', b'X'
APPEND, BUILD, GLOBAL, DICT, EMPTY_DICT, APPENDS = b'a', b'b', b'c', b'd', b'}', b'e'
GET, BINGET, INST, LONG_BINGET, LIST, EMPTY_LIST = b'g', b'h', b'i', b'j', b'l', b']'
OBJ, PUT, BINPUT, LONG_BINPUT, SETITEM = b'o', b'p', b'q', b'r', b's'
TUPLE, EMPTY_TUPLE, SETITEMS, BINFLOAT = b't', b')', b'u', b'G'
TRUE, FALSE = b'I01\n', b'I00\n'
# protocol 2
PROTO, NEWOBJ, EXT1, EXT2, EXT4 = b'\x80', b'\x81', b'\x82', b'\x83', b'\x84'
TUPLE1, TUPLE2, TUPLE3 = b'\x85', b'\x86', b'\x87'
NEWTRUE, NEWFALSE, LONG1, LONG4 = b'\x88', b'\x89', b'\x8a', b'\x8b'
# protocol 3
BINBYTES, SHORT_BINBYTES = b'B', b'C'
# protocol 4
SHORT_BINUNICODE, BINUNICODE8, BINBYTES8 = b'\x8c', b'\x8d', b'\x8e'
EMPTY_SET, ADDITEMS, FROZENSET = b'\x8f', b'\x90', b'\x91'
NEWOBJ_EX, STACK_GLOBAL, MEMOIZE, FRAME = b'\x92', b'\x93', b'\x94', b'\x95'
# protocol 5
BYTEARRAY8, NEXT_BUFFER, READONLY_BUFFER = b'\x96', b'\x97', b'\x98'

_SMALL_TUPLE = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)
_FRAME_TARGET = 1 << 16     # a frame is closed once it holds this much
_FRAME_MIN = 4              # smaller frames are written without a FRAME header
_CHUNK = 1000               # items per APPENDS / SETITEMS / ADDITEMS


def _u8(n):
    return n.to_bytes(1, 'little')


def _u16(n):
    return n.to_bytes(2, 'little')


def _u32(n):
    return n.to_bytes(4, 'little')


def _i32(n):
    return n.to_bytes(4, 'little', signed=True)


def _u64(n):
    return n.to_bytes(8, 'little')


def encode_long(x):
    r"""The LONG1/LONG4 payload of x: its little-endian two's complement bytes,
    as few as hold the number and its sign (none at all for zero)."""
    if not x:
        return b''
    size = x.bit_length() // 8 + 1
    data = x.to_bytes(size, 'little', signed=True)
    # A negative number may carry a redundant 0xff byte on top.
    if x < 0 and size > 1 and data[-1] == 0xff and data[-2] >= 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    r"""The integer that encode_long() turned into `data`."""
    return int.from_bytes(data, 'little', signed=True)


# ---------------------------------------------------------------------------
# The text encodings of protocol 0.

def _unicode_escape_text(text):
    # What the UNICODE opcode carries: raw-unicode-escape, with the characters
    # that would break the line-based format escaped too.
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code in (0x5c, 0x00, 0x0a, 0x0d, 0x1a):
            out += b'\\u%04x' % code
        elif code < 0x100:
            out.append(code)
        elif code < 0x10000:
            out += b'\\u%04x' % code
        else:
            out += b'\\U%08x' % code
    return bytes(out)


def _unicode_unescape_text(data):
    # The inverse: \uXXXX and \UXXXXXXXX (after an even run of backslashes)
    # are characters, every other byte is the Latin-1 character of its value.
    chars = []
    pos, size = 0, len(data)
    backslashes = 0
    while pos < size:
        byte = data[pos]
        if byte == 0x5c and backslashes % 2 == 0 and pos + 1 < size \
                and data[pos + 1] in b'uU':
            width = 4 if data[pos + 1] == 0x75 else 8
            digits = data[pos + 2:pos + 2 + width]
            if len(digits) != width:
                raise UnpicklingError("truncated \\uXXXX escape")
            chars.append(chr(int(digits, 16)))
            pos += 2 + width
            backslashes = 0
            continue
        backslashes = backslashes + 1 if byte == 0x5c else 0
        chars.append(chr(byte))
        pos += 1
    return ''.join(chars)


_ESCAPED_BYTE = {ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"',
                 ord('a'): b'\x07', ord('b'): b'\x08', ord('f'): b'\x0c',
                 ord('n'): b'\n', ord('r'): b'\r', ord('t'): b'\t',
                 ord('v'): b'\x0b', ord('\n'): b''}
_OCTAL = b'01234567'


def _string_literal_body(data):
    """The bytes a Python 2 string literal's body (the STRING opcode's quoted
    argument) stands for."""
    out = bytearray()
    pos, size = 0, len(data)
    while pos < size:
        byte = data[pos]
        pos += 1
        if byte != 0x5c or pos == size:
            out.append(byte)
            continue
        code = data[pos]
        pos += 1
        if code in _ESCAPED_BYTE:
            out += _ESCAPED_BYTE[code]
        elif code == 0x78:      # \xHH
            digits = data[pos:pos + 2]
            if len(digits) < 2:
                raise ValueError("invalid \\x escape at position %d" % (pos - 2))
            out.append(int(digits, 16))
            pos += 2
        elif code in _OCTAL:    # up to three octal digits
            end = pos
            while end < size and end < pos + 2 and data[end] in _OCTAL:
                end += 1
            out.append(int(data[pos - 1:end], 8) & 0xff)
            pos = end
        else:
            out += bytes((0x5c, code))
    return bytes(out)


# ---------------------------------------------------------------------------
# Python 2 names (fix_imports).

_PY2_BUILTIN_RENAMES = {
    # Python 2 builtins name -> (Python 3 module, name)
    'xrange': ('builtins', 'range'), 'reduce': ('functools', 'reduce'),
    'intern': ('sys', 'intern'), 'unichr': ('builtins', 'chr'),
    'unicode': ('builtins', 'str'), 'long': ('builtins', 'int'),
    'basestring': ('builtins', 'str'), 'raw_input': ('builtins', 'input'),
}
_PY2_ITERTOOLS_RENAMES = {
    'izip': ('builtins', 'zip'), 'imap': ('builtins', 'map'),
    'ifilter': ('builtins', 'filter'),
    'ifilterfalse': ('itertools', 'filterfalse'),
    'izip_longest': ('itertools', 'zip_longest'),
}
_PY2_EXCEPTION_NAMES = """
ArithmeticError AssertionError AttributeError BaseException BufferError
BytesWarning DeprecationWarning EOFError EnvironmentError Exception
FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning
IndentationError IndexError KeyError KeyboardInterrupt LookupError MemoryError
NameError NotImplementedError OSError OverflowError PendingDeprecationWarning
ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError
SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError
UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
UnicodeWarning UserWarning ValueError Warning ZeroDivisionError
""".split()
# OSError subclasses new in Python 3, written as their Python 2 base.
_PY3_ONLY_OSERRORS = """
BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError
InterruptedError IsADirectoryError NotADirectoryError PermissionError
ProcessLookupError TimeoutError
""".split()

_PY2_TO_PY3 = {}
for _old, _new in _PY2_BUILTIN_RENAMES.items():
    _PY2_TO_PY3[('__builtin__', _old)] = _new
for _old, _new in _PY2_ITERTOOLS_RENAMES.items():
    _PY2_TO_PY3[('itertools', _old)] = _new
for _old in _PY2_EXCEPTION_NAMES:
    _PY2_TO_PY3[('exceptions', _old)] = ('builtins', _old)
_PY2_MODULES = {'__builtin__': 'builtins', 'copy_reg': 'copyreg'}

_PY3_TO_PY2 = {}
for _old, _new in _PY2_TO_PY3.items():
    if _old[1] not in ('basestring', 'raw_input', 'reduce', 'intern'):
        _PY3_TO_PY2[_new] = _old
for _old in ('raw_input', 'reduce', 'intern'):
    _PY3_TO_PY2[_PY2_BUILTIN_RENAMES[_old]] = ('__builtin__', _old)
for _old in _PY3_ONLY_OSERRORS:
    _PY3_TO_PY2[('builtins', _old)] = ('exceptions', 'OSError')
_PY3_TO_PY2[('builtins', 'ModuleNotFoundError')] = ('exceptions', 'ImportError')
_PY3_MODULES = {new: old for old, new in _PY2_MODULES.items()}
del _old, _new


# ---------------------------------------------------------------------------
# Finding objects by module and qualified name.

def _resolve(root, dotted, allow_dots=True):
    """Follow `dotted` (a qualified name) from `root`; AttributeError with
    CPython's wording when a step is missing or local."""
    steps = dotted.split('.') if allow_dots else [dotted]
    holder = here = root
    for step in steps:
        if step == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(dotted, root))
        holder = here
        try:
            here = getattr(here, step)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(dotted, root)) from None
    return here, holder


def whichmodule(obj, name):
    """The name of the module that `obj`, known as `name` there, lives in."""
    home = getattr(obj, '__module__', None)
    if home is not None:
        return home
    if '<locals>' not in name.split('.'):
        for mod_name, mod in list(sys.modules.items()):
            if mod is None or mod_name in ('__main__', '__mp_main__'):
                continue
            try:
                if _resolve(mod, name)[0] is obj:
                    return mod_name
            except AttributeError:
                pass
    return '__main__'


# ---------------------------------------------------------------------------
# Exceptions have no __reduce__ of their own in mempy (copyreg._reduce_exception
# stands in for it); everything else goes through object.__reduce_ex__.

_OBJECT_REDUCE_EX = object.__reduce_ex__
_OBJECT_REDUCE = object.__reduce__


def _default_reduction(obj, proto):
    """The reduction of an object whose class keeps object's __reduce_ex__ and
    __reduce__: the builtin values CPython reduces with methods of their own types,
    else object.__reduce_ex__."""
    if isinstance(obj, BaseException):
        return copyreg._reduce_exception(obj)
    return object.__reduce_ex__(obj, proto)


# ---------------------------------------------------------------------------
# Writing.

class Pickler:
    """Writes pickles of objects to a binary file (anything with `write`)."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        elif protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if protocol < 5 and buffer_callback is not None:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._sink = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self.memo = {}
        self._frame = None      # bytearray while a frame is being filled
        self._names = {}        # (module name, kind) -> the str object saved

    def clear_memo(self):
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    def dump(self, obj):
        """Write the pickle of obj (one complete pickle) to the file."""
        if not hasattr(self, '_sink'):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (type(self).__name__,))
        if self.proto >= 2:
            self._sink(PROTO + _u8(self.proto))
        if self.proto >= 4:
            self._frame = bytearray()
        self.save(obj)
        self._emit(STOP)
        self._close_frame(True)
        self._frame = None

    # --- output and framing

    def _emit(self, data):
        if self._frame is None:
            self._sink(data)
        else:
            self._frame += data

    def _close_frame(self, force=False):
        frame = self._frame
        if frame is None or not (force or len(frame) >= _FRAME_TARGET):
            return
        if frame:
            if len(frame) >= _FRAME_MIN:
                self._sink(FRAME + _u64(len(frame)))
            self._sink(bytes(frame))
        self._frame = bytearray()

    def _emit_large(self, header, payload):
        # Big payloads bypass the frame: the frame so far is flushed first.
        self._close_frame(True)
        self._sink(header)
        self._sink(payload)

    def _emit_sized(self, small_op, op, big_op, data):
        # One of the length-prefixed opcodes: 1-byte length when small_op
        # applies, else 4-byte, else (protocol 4) 8-byte.
        size = len(data)
        if small_op is not None and size < 256:
            self._emit(small_op + _u8(size) + data)
        elif size > 0xffffffff and big_op is not None and self.proto >= 4:
            self._emit_large(big_op + _u64(size), data)
        elif size >= _FRAME_TARGET and self._frame is not None:
            self._emit_large(op + _u32(size), data)
        else:
            self._emit(op + _u32(size) + data)

    # --- the memo

    def _remember(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        if self.proto >= 4:
            self._emit(MEMOIZE)
        elif not self.bin:
            self._emit(PUT + b'%d\n' % index)
        elif index < 256:
            self._emit(BINPUT + _u8(index))
        else:
            self._emit(LONG_BINPUT + _u32(index))
        self.memo[id(obj)] = (index, obj)

    def _recall(self, index):
        if not self.bin:
            return GET + b'%d\n' % index
        if index < 256:
            return BINGET + _u8(index)
        return LONG_BINGET + _u32(index)

    def _memo_ref(self, obj):
        entry = self.memo.get(id(obj))
        return None if entry is None else self._recall(entry[0])

    # --- the object walk

    def save(self, obj, save_persistent_id=True):
        self._close_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_persistent(pid)
                return
        known = self._memo_ref(obj)
        if known is not None:
            self._emit(known)
            return
        kind = type(obj)
        direct = _DIRECT_WRITERS.get(kind)
        if direct is not None:
            direct(self, obj)
            return
        reduced = NotImplemented
        override = getattr(self, 'reducer_override', None)
        if override is not None:
            reduced = override(obj)
        if reduced is NotImplemented:
            by_kind = _GLOBAL_WRITERS.get(kind)
            if by_kind is not None:
                by_kind(self, obj)
                return
            table = getattr(self, 'dispatch_table', copyreg.dispatch_table)
            reducer = table.get(kind)
            if reducer is not None:
                reduced = reducer(obj)
            elif issubclass(kind, type):
                self._save_global(obj)
                return
            elif (getattr(kind, '__reduce_ex__', None) is _OBJECT_REDUCE_EX
                  and getattr(kind, '__reduce__', None) is _OBJECT_REDUCE):
                reduced = _default_reduction(obj, self.proto)
            else:
                reduce_ex = getattr(obj, '__reduce_ex__', None)
                if reduce_ex is not None:
                    reduced = reduce_ex(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if not reduce:
                        raise PicklingError("Can't pickle %r object: %r"
                                            % (kind.__name__, obj))
                    reduced = reduce()
        if isinstance(reduced, str):
            self._save_global(obj, reduced)
            return
        if not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(reduced) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self._save_reduced(*reduced, obj=obj)

    def _save_persistent(self, pid):
        if self.bin:
            self.save(pid, False)
            self._emit(BINPERSID)
            return
        try:
            text = str(pid).encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError(
                "persistent IDs in protocol 0 must be ASCII strings") from None
        self._emit(PERSID + text + b'\n')

    def _save_reduced(self, func, args, state=None, listitems=None,
                      dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        save, emit = self.save, self._emit
        how = getattr(func, '__name__', '') if self.proto >= 2 else ''
        if how in ('__newobj__', '__newobj_ex__'):
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError("args[0] from %s args has no __new__" % how)
            if obj is not None and cls is not type(obj):
                raise PicklingError("args[0] from %s args has the wrong class"
                                    % how)
        if how == '__newobj_ex__':
            cls, pos_args, kw_args = args
            if self.proto >= 4:
                save(cls)
                save(pos_args)
                save(kw_args)
                emit(NEWOBJ_EX)
            else:
                # Protocols 2 and 3 spell it partial(cls.__new__, cls, ...)().
                import functools
                save(functools.partial(cls.__new__, cls, *pos_args, **kw_args))
                save(())
                emit(REDUCE)
        elif how == '__newobj__':
            save(args[0])
            save(args[1:])
            emit(NEWOBJ)
        else:
            save(func)
            save(args)
            emit(REDUCE)
        if obj is not None:
            # The arguments may have pickled obj itself (a cycle through its
            # constructor arguments): then the copy made here is dropped.
            known = self._memo_ref(obj)
            if known is not None:
                emit(POP + known)
            else:
                self._remember(obj)
        if listitems is not None:
            self._stream_items(listitems, APPEND, APPENDS, False)
        if dictitems is not None:
            self._stream_items(dictitems, SETITEM, SETITEMS, True)
        if state is not None:
            if state_setter is None:
                save(state)
                emit(BUILD)
            else:
                # state_setter(obj, state), its result discarded.
                save(state_setter)
                save(obj)
                save(state)
                emit(TUPLE2 + REDUCE + POP)

    def _save_item(self, item, pairs):
        if pairs:
            key, value = item
            self.save(key)
            self.save(value)
        else:
            self.save(item)

    def _stream_items(self, items, one_op, many_op, pairs):
        """Write the items of an iterator after their container (APPEND(S) or
        SETITEM(S)); a chunk of a single item uses the one-item opcode."""
        if not self.bin:
            for item in items:
                self._save_item(item, pairs)
                self._emit(one_op)
            return
        source = iter(items)
        while True:
            chunk = []
            for item in source:
                chunk.append(item)
                if len(chunk) == _CHUNK:
                    break
            if len(chunk) == 1:
                self._save_item(chunk[0], pairs)
                self._emit(one_op)
            elif chunk:
                self._emit(MARK)
                for item in chunk:
                    self._save_item(item, pairs)
                self._emit(many_op)
            if len(chunk) < _CHUNK:
                return

    def _write_sized_items(self, items, one_op, many_op, pairs):
        """The items of an exact list or dict (a known count): as one opcode for
        a single item, else in chunks, the last one possibly a single item."""
        if not self.bin:
            self._stream_items(items, one_op, many_op, pairs)
            return
        count = len(items)
        if count == 1:
            self._stream_items(items, one_op, many_op, pairs)
            return
        if not count:
            return
        source = iter(items)
        done = 0
        while True:
            self._emit(MARK)
            taken = 0
            for item in source:
                self._save_item(item, pairs)
                taken += 1
                if taken == _CHUNK:
                    break
            self._emit(many_op)
            done += taken
            if taken < _CHUNK or done >= count:
                return

    # --- writers for the builtin types

    def _write_none(self, obj):
        self._emit(NONE)

    def _write_bool(self, obj):
        if self.proto >= 2:
            self._emit(NEWTRUE if obj else NEWFALSE)
        else:
            self._emit(TRUE if obj else FALSE)

    def _write_int(self, obj):
        emit = self._emit
        if self.bin:
            if 0 <= obj < 0x100:
                emit(BININT1 + _u8(obj))
                return
            if 0 <= obj < 0x10000:
                emit(BININT2 + _u16(obj))
                return
            if -0x80000000 <= obj < 0x80000000:
                emit(BININT + _i32(obj))
                return
        if self.proto >= 2:
            data = encode_long(obj)
            if len(data) < 256:
                emit(LONG1 + _u8(len(data)) + data)
            else:
                emit(LONG4 + _i32(len(data)) + data)
        elif -0x80000000 <= obj < 0x80000000:
            emit(INT + b'%d\n' % obj)
        else:
            emit(LONG + b'%dL\n' % obj)

    def _write_float(self, obj):
        if self.bin:
            self._emit(BINFLOAT + pack('>d', obj))
        else:
            self._emit(FLOAT + repr(obj).encode('ascii') + b'\n')

    def _write_bytes(self, obj):
        if self.proto < 3:
            # Python 2 has no bytes type: rebuild through codecs.encode.
            if obj:
                import _codecs
                self._save_reduced(_codecs.encode,
                                   (obj.decode('latin1'), 'latin1'), obj=obj)
            else:
                self._save_reduced(bytes, (), obj=obj)
            return
        self._emit_sized(SHORT_BINBYTES, BINBYTES, BINBYTES8, obj)
        self._remember(obj)

    def _write_bytearray(self, obj):
        if self.proto < 5:
            self._save_reduced(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        data = bytes(obj)
        if len(data) >= _FRAME_TARGET:
            self._emit_large(BYTEARRAY8 + _u64(len(data)), data)
        else:
            self._emit(BYTEARRAY8 + _u64(len(data)) + data)
        self._remember(obj)

    def _write_str(self, obj):
        if not self.bin:
            self._emit(UNICODE + _unicode_escape_text(obj) + b'\n')
        elif self.proto >= 4:
            self._emit_sized(SHORT_BINUNICODE, BINUNICODE, BINUNICODE8,
                             obj.encode('utf-8'))
        else:
            self._emit_sized(None, BINUNICODE, None, obj.encode('utf-8'))
        self._remember(obj)

    def _write_tuple(self, obj):
        size = len(obj)
        if not size:
            self._emit(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        short = size <= 3 and self.proto >= 2
        if not short:
            self._emit(MARK)
        for item in obj:
            self.save(item)
        known = self._memo_ref(obj)
        if known is not None:
            # The tuple was reached again through its own items and already
            # pickled: drop what was just written, refer to the memo.
            if short:
                self._emit(POP * size + known)
            elif self.bin:
                self._emit(POP_MARK + known)
            else:
                self._emit(POP * (size + 1) + known)
            return
        self._emit(_SMALL_TUPLE[size] if short else TUPLE)
        self._remember(obj)

    def _write_list(self, obj):
        self._emit(EMPTY_LIST if self.bin else MARK + LIST)
        self._remember(obj)
        self._write_sized_items(obj, APPEND, APPENDS, False)

    def _write_dict(self, obj):
        self._emit(EMPTY_DICT if self.bin else MARK + DICT)
        self._remember(obj)
        self._write_sized_items(obj.items(), SETITEM, SETITEMS, True)

    def _write_set(self, obj):
        if self.proto < 4:
            self._save_reduced(set, (list(obj),), obj=obj)
            return
        self._emit(EMPTY_SET)
        self._remember(obj)
        if not obj:
            return
        source = iter(obj)
        while True:
            self._emit(MARK)
            added = 0
            for item in source:
                self.save(item)
                added += 1
                if added == _CHUNK:
                    break
            self._emit(ADDITEMS)
            if added < _CHUNK:
                return

    def _write_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduced(frozenset, (list(obj),), obj=obj)
            return
        self._emit(MARK)
        for item in obj:
            self.save(item)
        known = self._memo_ref(obj)
        if known is not None:
            self._emit(POP_MARK + known)
            return
        self._emit(FROZENSET)
        self._remember(obj)

    def _save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None) or obj.__name__
        if '<locals>' in name.split('.'):
            raise AttributeError("Can't pickle local object %r" % (name,))
        home = whichmodule(obj, name)
        # In CPython classes and Python functions of one module share one str
        # object for its name, its builtin functions another: a name already
        # written for the same kind is then a memo reference.
        module_name = self._names.setdefault((home, type(obj) is type(len)), home)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        try:
            found, holder = _resolve(module, name)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        emit = self._emit
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code < 0x100:
                    emit(EXT1 + _u8(code))
                elif code < 0x10000:
                    emit(EXT2 + _u16(code))
                else:
                    emit(EXT4 + _i32(code))
                return
        attr = name.rpartition('.')[2]
        nested = holder is not module
        if self.proto >= 4:
            self.save(module_name)
            self.save(name if nested else attr)
            emit(STACK_GLOBAL)
        elif nested:
            # Before protocol 4 a nested name is getattr(outer, 'name').
            self._save_reduced(getattr, (holder, attr))
        else:
            if self.proto <= 2 and self.fix_imports:
                if (module_name, attr) in _PY3_TO_PY2:
                    module_name, attr = _PY3_TO_PY2[(module_name, attr)]
                else:
                    module_name = _PY3_MODULES.get(module_name, module_name)
            codec = 'utf-8' if self.proto >= 3 else 'ascii'
            try:
                line = (module_name.encode(codec) + b'\n'
                        + attr.encode(codec) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module, attr, self.proto)) from None
            emit(GLOBAL + line)
        self._remember(obj)

    def _write_class(self, obj):
        # The classes of the singletons have no name to look up: they are
        # pickled as type(None), type(NotImplemented), type(...).
        for single in (None, NotImplemented, ...):
            if obj is type(single):
                self._save_reduced(type, (single,), obj=obj)
                return
        self._save_global(obj)


# Exact types written directly, before reducer_override is asked.
_DIRECT_WRITERS = {
    type(None): Pickler._write_none, bool: Pickler._write_bool,
    int: Pickler._write_int, float: Pickler._write_float,
    bytes: Pickler._write_bytes, bytearray: Pickler._write_bytearray,
    str: Pickler._write_str, tuple: Pickler._write_tuple,
    list: Pickler._write_list, dict: Pickler._write_dict,
    set: Pickler._write_set, frozenset: Pickler._write_frozenset,
}
# Exact types written by reference (after reducer_override declines).
_GLOBAL_WRITERS = {
    type: Pickler._write_class,
    type(whichmodule): Pickler._save_global,
    type(len): Pickler._save_global,
}


# ---------------------------------------------------------------------------
# Reading.

class Unpickler:
    """Reads pickled objects back from a binary file (anything with `read` and
    `readline`)."""

    def __init__(self, file, *, fix_imports=True,
                 encoding="ASCII", errors="strict", buffers=None):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read', 'readinto' and "
                            "'readline' attributes") from None
        self._buffers = None if buffers is None else iter(buffers)
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0
        self._frame = None

    def load(self):
        """Read a pickled object representation from the open file."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (type(self).__name__,))
        self._stack = []
        self._marks = []
        self._frame = None
        self.proto = 0
        handlers = _OPCODE_HANDLERS
        while True:
            code = self._read(1)
            if not code:
                raise EOFError("Ran out of input")
            if code == STOP:
                return self._pop()
            handler = handlers.get(code[0])
            if handler is None:
                byte = code[0]
                shown = chr(byte) if 0x20 <= byte < 0x7f else '\\x%02x' % byte
                raise UnpicklingError("invalid load key, '%s'." % shown)
            handler(self)

    # --- input, through the current frame when there is one

    def _read(self, n):
        frame = self._frame
        if frame is None:
            return self._file_read(n)
        data = frame.read(n)
        if not data and n:
            self._frame = None
            return self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle exhausted before end of frame")
        return data

    def _readline(self):
        frame = self._frame
        if frame is None:
            return self._file_readline()
        line = frame.readline()
        if not line:
            self._frame = None
            return self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle exhausted before end of frame")
        return line

    def _exact(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _line(self):
        return self._readline()[:-1]

    def _count(self, size_bytes, signed=False):
        return int.from_bytes(self._exact(size_bytes), 'little', signed=signed)

    def _sized(self, size_bytes, what):
        size = self._count(size_bytes, signed=what in ('BINSTRING', 'LONG'))
        if size < 0:
            raise UnpicklingError("%s pickle has negative byte count" % what)
        if size > sys.maxsize:
            raise UnpicklingError("%s exceeds system's maximum size of %d bytes"
                                  % (what, sys.maxsize))
        return self._exact(size)

    # --- the stack; a mark is the stack height when MARK was read

    def _floor(self):
        return self._marks[-1] if self._marks else 0

    def _push(self, value):
        self._stack.append(value)

    def _underflow(self):
        # Reaching below the last mark is a misplaced MARK, not an empty stack.
        return UnpicklingError("unexpected MARK found" if self._marks
                               else "unpickling stack underflow")

    def _pop(self):
        if len(self._stack) <= self._floor():
            raise self._underflow()
        return self._stack.pop()

    def _top(self):
        if len(self._stack) <= self._floor():
            raise self._underflow()
        return self._stack[-1]

    def _since_mark(self):
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        start = self._marks.pop()
        items = self._stack[start:]
        del self._stack[start:]
        return items

    # --- hooks

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    def find_class(self, module, name):
        if self.fix_imports and self.proto <= 2:
            if (module, name) in _PY2_TO_PY3:
                module, name = _PY2_TO_PY3[(module, name)]
            else:
                module = _PY2_MODULES.get(module, module)
        __import__(module, level=0)
        return _resolve(sys.modules[module], name, self.proto >= 4)[0]

    # --- opcode handlers (bound to their opcodes in _OPCODE_HANDLERS)

    def _op_proto(self):
        version = self._exact(1)[0]
        if version > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % version)
        self.proto = version

    def _op_frame(self):
        size = self._count(8)
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        if self._frame is not None and self._frame.read():
            raise UnpicklingError("beginning of a new frame before end of "
                                  "current frame")
        self._frame = io.BytesIO(self._exact(size))

    def _op_persid(self):
        try:
            pid = self._line().decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError(
                "persistent IDs in protocol 0 must be ASCII strings") from None
        self._push(self.persistent_load(pid))

    def _op_binpersid(self):
        loader = self.persistent_load
        if getattr(loader, '__func__', None) is Unpickler.persistent_load:
            loader(None)    # no loader was given: this raises
        self._push(loader(self._pop()))

    def _op_int(self):
        text = self._readline()
        if text in (b'00\n', b'01\n'):
            self._push(text == b'01\n')
        else:
            self._push(int(text, 0))

    def _op_long(self):
        text = self._line()
        if text.endswith(b'L'):
            text = text[:-1]
        self._push(int(text, 0))

    def _op_float(self):
        self._push(float(self._line()))

    def _decode_str8(self, data):
        # Python 2 str data: kept as bytes, or decoded as the caller asked.
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _op_string(self):
        quoted = self._line()
        if len(quoted) < 2 or quoted[:1] not in (b'"', b"'") or \
                quoted[-1:] != quoted[:1]:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._push(self._decode_str8(_string_literal_body(quoted[1:-1])))

    def _op_unicode(self):
        self._push(_unicode_unescape_text(self._line()))

    def _op_global(self):
        module = self._line().decode('utf-8')
        name = self._line().decode('utf-8')
        self._push(self.find_class(module, name))

    def _op_stack_global(self):
        name = self._pop()
        module = self._pop()
        if not (type(module) is str and type(name) is str):
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._push(self.find_class(module, name))

    def _op_ext(self, code):
        cache = copyreg._extension_cache
        if code in cache:
            self._push(cache[code])
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        cache[code] = found = self.find_class(*key)
        self._push(found)

    def _construct(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, '__getinitargs__'):
            self._push(cls(*args))
        else:
            self._push(cls.__new__(cls))

    def _op_inst(self):
        module = self._line().decode('ascii')
        name = self._line().decode('ascii')
        cls = self.find_class(module, name)
        self._construct(cls, self._since_mark())

    def _op_obj(self):
        items = self._since_mark()
        self._construct(items[0], items[1:])

    def _op_newobj(self):
        args = self._pop()
        cls = self._pop()
        self._push(cls.__new__(cls, *args))

    def _op_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self._push(cls.__new__(cls, *args, **kwargs))

    def _op_reduce(self):
        args = self._pop()
        func = self._pop()
        self._push(func(*args))

    def _op_pop(self):
        if self._marks and self._marks[-1] == len(self._stack):
            self._marks.pop()
        else:
            self._pop()

    def _op_memo_get(self, index):
        try:
            self._push(self.memo[index])
        except KeyError:
            raise UnpicklingError(f'Memo value not found at index {index}') from None

    def _op_memo_put(self, index):
        self.memo[index] = self._top()

    def _op_put(self):
        index = int(self._line())
        if index < 0:
            raise ValueError("negative PUT argument")
        self._op_memo_put(index)

    def _op_long_binput(self):
        index = self._count(4)
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self._op_memo_put(index)

    def _op_appends(self):
        items = self._since_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    def _op_append(self):
        value = self._pop()
        self._top().append(value)

    def _op_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _op_setitems(self):
        flat = self._since_mark()
        target = self._top()
        for at in range(0, len(flat), 2):
            target[flat[at]] = flat[at + 1]

    def _op_additems(self):
        items = self._since_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _op_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, '__setstate__', None)
        if setstate is not None:
            setstate(state)
            return
        slot_values = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slot_values = state[0], state[1]
        if state:
            namespace = inst.__dict__
            for key, value in state.items():
                namespace[sys.intern(key) if type(key) is str else key] = value
        if slot_values:
            for key, value in slot_values.items():
                setattr(inst, key, value)

    def _op_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            self._push(next(self._buffers))
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None

    def _op_readonly_buffer(self):
        if isinstance(self._top(), bytearray):
            self._stack[-1] = bytes(self._stack[-1])

    def _op_dict(self):
        flat = self._since_mark()
        self._push({flat[at]: flat[at + 1] for at in range(0, len(flat), 2)})

    def _op_mark(self):
        height = len(self._stack)
        self._marks.append(height)


def _fixed(value):
    return lambda self: self._push(value)


def _fresh(factory):
    return lambda self: self._push(factory())


def _unpacked(fmt, size):
    return lambda self: self._push(unpack(fmt, self._exact(size))[0])


def _small_tuple(size):
    def build(self):
        if len(self._stack) - self._floor() < size:
            raise self._underflow()
        items = tuple(self._stack[len(self._stack) - size:])
        del self._stack[len(self._stack) - size:]
        self._push(items)
    return build


def _text_or_bytes(size_bytes, what, kind):
    if kind == 'str':
        return lambda self: self._push(str(self._sized(size_bytes, what), 'utf-8'))
    if kind == 'str8':
        return lambda self: self._push(self._decode_str8(self._sized(size_bytes, what)))
    if kind == 'bytearray':
        return lambda self: self._push(bytearray(self._sized(size_bytes, what)))
    return lambda self: self._push(self._sized(size_bytes, what))


_U = Unpickler
_OPCODE_HANDLERS = {op[0]: handler for op, handler in [
    (PROTO, _U._op_proto), (FRAME, _U._op_frame),
    (PERSID, _U._op_persid), (BINPERSID, _U._op_binpersid),
    (NONE, _fixed(None)), (NEWTRUE, _fixed(True)), (NEWFALSE, _fixed(False)),
    (INT, _U._op_int), (LONG, _U._op_long), (FLOAT, _U._op_float),
    (BININT, _unpacked('<i', 4)), (BININT1, _unpacked('<B', 1)),
    (BININT2, _unpacked('<H', 2)), (BINFLOAT, _unpacked('>d', 8)),
    (LONG1, lambda self: self._push(decode_long(self._exact(self._count(1))))),
    (LONG4, lambda self: self._push(decode_long(self._sized(4, 'LONG')))),
    (STRING, _U._op_string), (UNICODE, _U._op_unicode),
    (BINSTRING, _text_or_bytes(4, 'BINSTRING', 'str8')),
    (SHORT_BINSTRING, _text_or_bytes(1, 'SHORT_BINSTRING', 'str8')),
    (BINBYTES, _text_or_bytes(4, 'BINBYTES', 'bytes')),
    (SHORT_BINBYTES, _text_or_bytes(1, 'SHORT_BINBYTES', 'bytes')),
    (BINBYTES8, _text_or_bytes(8, 'BINBYTES8', 'bytes')),
    (BINUNICODE, _text_or_bytes(4, 'BINUNICODE', 'str')),
    (SHORT_BINUNICODE, _text_or_bytes(1, 'SHORT_BINUNICODE', 'str')),
    (BINUNICODE8, _text_or_bytes(8, 'BINUNICODE8', 'str')),
    (BYTEARRAY8, _text_or_bytes(8, 'BYTEARRAY8', 'bytearray')),
    (NEXT_BUFFER, _U._op_next_buffer), (READONLY_BUFFER, _U._op_readonly_buffer),
    (EMPTY_TUPLE, _fixed(())), (TUPLE1, _small_tuple(1)),
    (TUPLE2, _small_tuple(2)), (TUPLE3, _small_tuple(3)),
    (TUPLE, lambda self: self._push(tuple(self._since_mark()))),
    (EMPTY_LIST, _fresh(list)), (EMPTY_DICT, _fresh(dict)),
    (EMPTY_SET, _fresh(set)),
    (LIST, lambda self: self._push(self._since_mark())),
    (DICT, _U._op_dict),
    (FROZENSET, lambda self: self._push(frozenset(self._since_mark()))),
    (INST, _U._op_inst), (OBJ, _U._op_obj),
    (NEWOBJ, _U._op_newobj), (NEWOBJ_EX, _U._op_newobj_ex),
    (GLOBAL, _U._op_global), (STACK_GLOBAL, _U._op_stack_global),
    (EXT1, lambda self: self._op_ext(self._count(1))),
    (EXT2, lambda self: self._op_ext(self._count(2))),
    (EXT4, lambda self: self._op_ext(self._count(4, signed=True))),
    (REDUCE, _U._op_reduce),
    (POP, _U._op_pop), (POP_MARK, lambda self: self._since_mark()),
    (DUP, lambda self: self._push(self._top())),
    (GET, lambda self: self._op_memo_get(int(self._line()))),
    (BINGET, lambda self: self._op_memo_get(self._count(1))),
    (LONG_BINGET, lambda self: self._op_memo_get(self._count(4))),
    (PUT, _U._op_put),
    (BINPUT, lambda self: self._op_memo_put(self._count(1))),
    (LONG_BINPUT, _U._op_long_binput),
    (MEMOIZE, lambda self: self._op_memo_put(len(self.memo))),
    (APPEND, _U._op_append),
    (APPENDS, _U._op_appends),
    (SETITEM, _U._op_setitem), (SETITEMS, _U._op_setitems),
    (ADDITEMS, _U._op_additems), (BUILD, _U._op_build),
    (MARK, _U._op_mark),
]}
del _U


# ---------------------------------------------------------------------------
# Shorthands.

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickle of obj to the binary file."""
    writer = Pickler(file, protocol, fix_imports=fix_imports,
                     buffer_callback=buffer_callback)
    writer.dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    out = io.BytesIO()
    dump(obj, out, protocol, fix_imports=fix_imports,
         buffer_callback=buffer_callback)
    return out.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Read one pickled object from the binary file."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """Read a pickled object from bytes."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return load(io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                errors=errors, buffers=buffers)


# CPython keeps its pure-Python pickler under these names beside the C one; mempy
# has a single implementation, which both sets of names refer to.
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
