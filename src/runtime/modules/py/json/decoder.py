# mempy's `json.decoder`: JSONDecodeError, JSONDecoder, scanstring and the pure-Python
# parsing functions (JSONObject, JSONArray, py_scanstring) that json.scanner's
# py_make_scanner drives. Written for mempy from the documented behaviour of CPython
# 3.11's json package. scanstring is `_json`'s when that module is importable (its
# messages are the C module's); py_scanstring reports the offending character as
# CPython's pure-Python version does.
"""Implementation of JSONDecoder
"""
import re

from json import scanner
try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

_MAXSIZE = 0x7fffffffffffffff

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """A ValueError for text that is not valid JSON: msg is the bare message, doc
    the document, pos the index where parsing failed, lineno and colno its 1-based
    line and column."""
    # Note that this exception is used from _json
    def __init__(self, msg, doc, pos):
        # Lines are counted by the newlines before pos; the column is the distance
        # from the last of them (rfind gives -1 on the first line, so 1-based).
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in WHITESPACE_STR:
        i += 1
    return i


def _decode_uXXXX(s, pos):
    # pos is the index of the 'u'; Python's int() would also take '0x12' or ' 12',
    # which JSON does not.
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and all(c in '0123456789abcdefABCDEF' for c in esc):
        return int(esc, 16)
    msg = "Invalid \\uXXXX escape"
    raise JSONDecodeError(msg, s, pos)


def py_scanstring(s, end, strict=True, _b=BACKSLASH):
    """Decode the JSON string whose body starts at s[end] (just past the opening
    quote); return (text, index past the closing quote). With strict false, raw
    control characters may appear in it."""
    if end > _MAXSIZE:
        # What the regex-based scan of CPython's version reports for a position no
        # C index can hold.
        raise OverflowError('Python int too large to convert to C ssize_t')
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        # A run of ordinary characters, then the character that stopped it.
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == '\\' or c < ' ':
                break
            i += 1
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if i > end:
            chunks.append(s[end:i])
        terminator = s[i]
        end = i + 1
        if terminator == '"':
            break
        if terminator != '\\':
            if strict:
                msg = "Invalid control character {0!r} at".format(terminator)
                raise JSONDecodeError(msg, s, end)
            chunks.append(terminator)
            continue
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            if esc not in _b:
                msg = "Invalid \\escape: {0!r}".format(esc)
                raise JSONDecodeError(msg, s, end)
            chunks.append(_b[esc])
            end += 1
            continue
        uni = _decode_uXXXX(s, end)
        end += 5
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _decode_uXXXX(s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))
    return ''.join(chunks), end


# Use speedup if available
scanstring = c_scanstring or py_scanstring


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    s, end = s_and_end
    n = len(s)
    pairs = []
    if memo is None:
        memo = {}
    end = _skip_ws(s, end)
    if end < n and s[end] == '}':
        end += 1
    else:
        while True:
            if end >= n or s[end] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, end)
            key, end = scanstring(s, end + 1, strict)
            key = memo.setdefault(key, key)
            end = _skip_ws(s, end)
            if end >= n or s[end] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = _skip_ws(s, end + 1)
            try:
                value, end = scan_once(s, end)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, value))
            end = _skip_ws(s, end)
            if end < n and s[end] == '}':
                end += 1
                break
            if end >= n or s[end] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, end)
            end = _skip_ws(s, end + 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    pairs = dict(pairs)
    if object_hook is not None:
        pairs = object_hook(pairs)
    return pairs, end


def JSONArray(s_and_end, scan_once, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    s, end = s_and_end
    n = len(s)
    values = []
    end = _skip_ws(s, end)
    if end < n and s[end] == ']':
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        values.append(value)
        end = _skip_ws(s, end)
        if end < n and s[end] == ']':
            return values, end + 1
        if end >= n or s[end] != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end)
        end = _skip_ws(s, end + 1)


class JSONDecoder(object):
    """Turns JSON text into Python values: objects become dicts (or what
    object_hook / object_pairs_hook make of them), arrays lists, strings str,
    numbers int or float (or what parse_int / parse_float make of their text), true,
    false and null True, False and None; NaN, Infinity and -Infinity are accepted
    as floats (or passed to parse_constant)."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """Every option is keyword-only; a false converter means the standard
        one. With strict false, strings may hold raw control characters."""
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """The value of the JSON document s (a str); whitespace may surround it,
        anything else after it is "Extra data"."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Parse the one JSON value that starts at s[idx]; return it with the
        index just past it. Text after the value is left alone."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
