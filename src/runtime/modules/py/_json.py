# mempy's `_json`: the accelerator interface CPython's json package looks for
# (Modules/_json.c): scanstring, make_scanner (the Scanner type), make_encoder (the
# Encoder type), encode_basestring and encode_basestring_ascii.
#
# Written for mempy from the documented and observed behaviour of CPython 3.11's _json.
# It is where json's default paths differ from its pure-Python fallbacks, exactly as
# CPython's C module differs from json.decoder.py_scanstring and friends:
# * scanstring's messages name no character ("Invalid \escape" at the backslash,
#   "Invalid control character at" the character);
# * the one-shot encoder (json.dumps with indent=None) reports a non-finite float
#   without its repr, and builds the whole text at once instead of yielding chunks;
# * Scanner and Encoder read and test their flags when made, so a flag whose __bool__
#   raises fails at construction.
# json's package modules import these names and fall back to their own Python versions
# when `_json` is blocked (import_fresh_module(..., blocked=['_json'])).
#
# The loops below work on whole runs between special characters (str.find, slicing)
# rather than a character at a time, so the interpreter overhead is per token; the
# string escapers are native (`_mempy_json`) but for strs holding lone surrogates.

from operator import index as _index
import _mempy_json

__all__ = ['make_encoder', 'make_scanner', 'scanstring', 'encode_basestring',
           'encode_basestring_ascii']


def _decode_error(msg, s, pos):
    # JSONDecodeError lives in json.decoder (C's _json also fetches it from there).
    from json.decoder import JSONDecodeError
    return JSONDecodeError(msg, s, pos)


# ----- strings --------------------------------------------------------------------------

_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
             'r': '\r', 't': '\t'}
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')


def _hex4(s, u):
    # u is the index of the 'u' of a \uXXXX escape.
    h = s[u + 1:u + 5]
    if len(h) != 4 or not (h[0] in _HEXDIGITS and h[1] in _HEXDIGITS
                           and h[2] in _HEXDIGITS and h[3] in _HEXDIGITS):
        raise _decode_error('Invalid \\uXXXX escape', s, u)
    return int(h, 16)


def _ssize(i):
    # An index as C's Py_ssize_t holds it: an int-like object within 64 bits.
    i = _index(i)
    if not -0x8000000000000000 <= i <= 0x7fffffffffffffff:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return i


def _first_control(s, i, j):
    # Index of the first character below U+0020 in s[i:j], or -1.
    k = i
    while k < j:
        if s[k] < ' ':
            return k
        k += 1
    return -1


def scanstring(s, end, strict=True):
    """scanstring(string, end, strict=True) -> (string, end)

Scan the string s for a JSON string. End is the index of the
character in s after the quote that started the JSON string.
Unescapes all valid JSON string escape sequences and raises ValueError
on attempt to decode an invalid string. If strict is False then literal
control characters are allowed in the string.

Returns a tuple of the decoded string and the index of the character in s
after the end quote."""
    # The index is converted to a C Py_ssize_t before the string is looked at.
    end = _ssize(end)
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s'
                        % type(s).__name__)
    if end < 0 or end > len(s):
        raise ValueError('end is out of bounds')
    return _scan(s, end, bool(strict))


def _scan(s, end, strict):
    # scanstring after its argument checks (the scanner calls this directly).
    n = len(s)
    begin = end - 1
    chunks = None
    i = end
    while True:
        # The next special character decides: a quote ends the string, a backslash
        # starts an escape, a control character (when strict) is an error, and the
        # first of them in the text is the one that counts.
        q = s.find('"', i)
        if q < 0:
            q = n
        b = s.find('\\', i, q)
        stop = q if b < 0 else b
        run = s[i:stop]
        if strict and not run.isprintable():
            c = _first_control(s, i, stop)
            if c >= 0:
                raise _decode_error('Invalid control character at', s, c)
        if b < 0:
            if q == n:
                raise _decode_error('Unterminated string starting at', s, begin)
            if chunks is None:
                return run, q + 1
            chunks.append(run)
            return ''.join(chunks), q + 1
        if chunks is None:
            chunks = []
        if run:
            chunks.append(run)
        if b + 1 >= n:
            raise _decode_error('Unterminated string starting at', s, begin)
        e = s[b + 1]
        if e != 'u':
            r = _UNESCAPE.get(e)
            if r is None:
                raise _decode_error('Invalid \\escape', s, b)
            chunks.append(r)
            i = b + 2
            continue
        u = _hex4(s, b + 1)
        i = b + 6
        # A high surrogate followed by an escaped low one is one astral character;
        # anything else stays as the code point written (possibly a lone surrogate).
        if 0xd800 <= u <= 0xdbff and s[i:i + 2] == '\\u':
            u2 = _hex4(s, i + 1)
            if 0xdc00 <= u2 <= 0xdfff:
                u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
                i += 6
        chunks.append(chr(u))


_SHORT = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
          '\b': '\\b', '\f': '\\f'}
# str.translate tables for the characters JSON escapes below U+0080.
_TABLE = {}
for _o in range(0x20):
    _TABLE[_o] = _SHORT.get(chr(_o), '\\u%04x' % _o)
_TABLE[ord('"')] = '\\"'
_TABLE[ord('\\')] = '\\\\'
del _o


def _needs_escape(s):
    # True when s holds a quote, a backslash or a control character.
    return '"' in s or '\\' in s or not s.isprintable() and _first_control(s, 0, len(s)) >= 0


def encode_basestring(s):
    """encode_basestring(string) -> string

Return a JSON representation of a Python string"""
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s'
                        % type(s).__name__)
    r = _mempy_json.encode_basestring(s)
    if r is not None:
        return r
    if not _needs_escape(s):
        return '"' + s + '"'
    return '"' + s.translate(_TABLE) + '"'


def _escape_non_ascii(s):
    # Every character from U+007F on as \uXXXX (astral ones as a surrogate pair).
    out = []
    start = 0
    i = 0
    for c in s:
        o = ord(c)
        if o >= 0x7f:
            if start < i:
                out.append(s[start:i])
            if o < 0x10000:
                out.append('\\u%04x' % o)
            else:
                v = o - 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff)))
            start = i + 1
        i += 1
    if start < i:
        out.append(s[start:])
    return ''.join(out)


def encode_basestring_ascii(s):
    """encode_basestring_ascii(string) -> string

Return an ASCII-only JSON representation of a Python string"""
    if not isinstance(s, str):
        raise TypeError('first argument must be a string, not %s'
                        % type(s).__name__)
    r = _mempy_json.encode_basestring_ascii(s)
    if r is not None:
        return r
    if s.isascii() and s.isprintable():
        # Nothing below U+0020 and no U+007F: only quotes and backslashes to escape.
        if '"' in s or '\\' in s:
            return '"' + s.translate(_TABLE) + '"'
        return '"' + s + '"'
    s = s.translate(_TABLE)
    if not (s.isascii() and '\x7f' not in s):
        s = _escape_non_ascii(s)
    return '"' + s + '"'


# ----- the scanner ------------------------------------------------------------------------

_WS = ' \t\n\r'


class Scanner(object):
    """JSON scanner object"""

    def __init__(self, context):
        # Read once, as the C type does (so a context without these attributes is
        # an AttributeError here, and a bad strict flag fails now).
        self.strict = bool(context.strict)
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant

    def __call__(self, string, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        memo = {}
        try:
            return self._value(string, idx, memo)
        except ValueError as e:
            # No value where one was asked for: StopIteration(idx) at the top level
            # (a missing value inside a container is an error further on).
            if getattr(e, 'pos', None) == idx and getattr(e, 'msg', None) == 'Expecting value':
                raise StopIteration(idx) from None
            raise
        finally:
            memo.clear()

    def _ws(self, s, i):
        # Callers test the first character themselves (most JSON has at most one
        # space between tokens, often none), so the call is the uncommon case.
        n = len(s)
        while i < n and s[i] in ' \t\n\r':
            i += 1
        return i

    def _value(self, s, i, memo):
        # One value starting exactly at s[i]: (value, end); "Expecting value" when
        # there is none.
        if i >= len(s):
            raise _decode_error('Expecting value', s, i)
        c = s[i]
        if c == '"':
            return _scan(s, i + 1, self.strict)
        if c == '{':
            return self._object(s, i + 1, memo)
        if c == '[':
            return self._array(s, i + 1, memo)
        if c == 'n':
            if s[i:i + 4] == 'null':
                return None, i + 4
        elif c == 't':
            if s[i:i + 4] == 'true':
                return True, i + 4
        elif c == 'f':
            if s[i:i + 5] == 'false':
                return False, i + 5
        elif c == 'N':
            if s[i:i + 3] == 'NaN':
                return self.parse_constant('NaN'), i + 3
        elif c == 'I':
            if s[i:i + 8] == 'Infinity':
                return self.parse_constant('Infinity'), i + 8
        elif c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and '1' <= s[j] <= '9':
            j += 1
            while j < n and '0' <= s[j] <= '9':
                j += 1
        else:
            raise _decode_error('Expecting value', s, i)
        is_float = False
        if j + 1 < n and s[j] == '.' and '0' <= s[j + 1] <= '9':
            j += 2
            while j < n and '0' <= s[j] <= '9':
                j += 1
            is_float = True
        if j < n and (s[j] == 'e' or s[j] == 'E'):
            k = j + 1
            if k < n and (s[k] == '+' or s[k] == '-'):
                k += 1
            if k < n and '0' <= s[k] <= '9':
                k += 1
                while k < n and '0' <= s[k] <= '9':
                    k += 1
                j = k
                is_float = True
        if is_float:
            return self.parse_float(s[i:j]), j
        return self.parse_int(s[i:j]), j

    def _object(self, s, i, memo):
        n = len(s)
        ws = self._ws
        strict = self.strict
        value = self._value
        pairs = []
        if i < n and s[i] in _WS:
            i = ws(s, i)
        if i < n and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= n or s[i] != '"':
                    raise _decode_error(
                        'Expecting property name enclosed in double quotes', s, i)
                key, i = _scan(s, i + 1, strict)
                key = memo.setdefault(key, key)
                if i < n and s[i] in _WS:
                    i = ws(s, i)
                if i >= n or s[i] != ':':
                    raise _decode_error("Expecting ':' delimiter", s, i)
                i += 1
                if i < n and s[i] in _WS:
                    i = ws(s, i)
                val, i = value(s, i, memo)
                pairs.append((key, val))
                if i < n and s[i] in _WS:
                    i = ws(s, i)
                if i < n and s[i] == '}':
                    i += 1
                    break
                if i >= n or s[i] != ',':
                    raise _decode_error("Expecting ',' delimiter", s, i)
                i += 1
                if i < n and s[i] in _WS:
                    i = ws(s, i)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i
        d = dict(pairs)
        if self.object_hook is not None:
            d = self.object_hook(d)
        return d, i

    def _array(self, s, i, memo):
        n = len(s)
        ws = self._ws
        value = self._value
        values = []
        if i < n and s[i] in _WS:
            i = ws(s, i)
        if i < n and s[i] == ']':
            return values, i + 1
        while True:
            val, i = value(s, i, memo)
            values.append(val)
            if i < n and s[i] in _WS:
                i = ws(s, i)
            if i < n and s[i] == ']':
                return values, i + 1
            if i >= n or s[i] != ',':
                raise _decode_error("Expecting ',' delimiter", s, i)
            i += 1
            if i < n and s[i] in _WS:
                i = ws(s, i)


make_scanner = Scanner


# ----- the encoder ------------------------------------------------------------------------

class Encoder(object):
    """_iterencode(obj, _current_indent_level) -> iterable"""

    def __init__(self, markers, default, encoder, indent, key_separator,
                 item_separator, sort_keys, skipkeys, allow_nan):
        if markers is not None and not isinstance(markers, dict):
            raise TypeError('make_encoder() argument 1 must be dict or None, not %s'
                            % type(markers).__name__)
        if not isinstance(key_separator, str):
            raise TypeError('make_encoder() argument 5 must be str, not %s'
                            % type(key_separator).__name__)
        if not isinstance(item_separator, str):
            raise TypeError('make_encoder() argument 6 must be str, not %s'
                            % type(item_separator).__name__)
        self.markers, self.default, self.encoder = markers, default, encoder
        self.indent = indent
        self.key_separator, self.item_separator = key_separator, item_separator
        self.sort_keys = bool(sort_keys)
        self.skipkeys = bool(skipkeys)
        self.allow_nan = bool(allow_nan)

    def __call__(self, obj, _current_indent_level):
        out = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self._indent_str = indent
        self._enc(obj, out, _current_indent_level)
        return (''.join(out),)

    def _str(self, s):
        r = self.encoder(s)
        if not isinstance(r, str):
            raise TypeError('encoder() must return a string, not %s'
                            % type(r).__name__)
        return r

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == _NEGINF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def _enc(self, o, out, level):
        if isinstance(o, str):
            out.append(self._str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._enc_list(o, out, level)
        elif isinstance(o, dict):
            self._enc_dict(o, out, level)
        else:
            key = self._enter(o)
            self._enc(self.default(o), out, level)
            self._leave(key)

    def _enter(self, o):
        # check_circular: the container's id goes into the markers while it is encoded.
        markers = self.markers
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError('Circular reference detected')
        markers[key] = o
        return key

    def _leave(self, key):
        if key is not None:
            del self.markers[key]

    def _open(self, bracket, out, level):
        # The opening bracket and, with an indent, the first newline; returns the
        # nesting level inside and the separator between items.
        out.append(bracket)
        ind = self._indent_str
        if ind is None:
            return level, self.item_separator
        level += 1
        newline = '\n' + ind * level
        out.append(newline)
        return level, self.item_separator + newline

    def _close(self, bracket, out, level):
        ind = self._indent_str
        if ind is not None:
            out.append('\n' + ind * (level - 1))
        out.append(bracket)

    def _enc_list(self, o, out, level):
        if not o:
            out.append('[]')
            return
        key = self._enter(o)
        level, sep = self._open('[', out, level)
        first = True
        for v in o:
            if first:
                first = False
            else:
                out.append(sep)
            self._enc(v, out, level)
        self._close(']', out, level)
        self._leave(key)

    def _enc_dict(self, o, out, level):
        if not o:
            out.append('{}')
            return
        key = self._enter(o)
        level, sep = self._open('{', out, level)
        items = list(o.items())
        if self.sort_keys:
            items.sort()
        first = True
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = self._float(k)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = int.__repr__(k)
            elif self.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s'
                                % k.__class__.__name__)
            if first:
                first = False
            else:
                out.append(sep)
            out.append(self._str(k))
            out.append(self.key_separator)
            self._enc(v, out, level)
        self._close('}', out, level)
        self._leave(key)


make_encoder = Encoder
_INF = float('inf')
_NEGINF = -_INF
