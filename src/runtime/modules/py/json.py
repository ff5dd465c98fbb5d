# mempy's `json` module: encoding Python values as JSON text and decoding JSON text,
# written for mempy from the documented behaviour of CPython 3.11's json package.
# Compiled from this source at first import.
#
# Provides: dumps, dump, loads, load, JSONDecodeError (a ValueError subclass whose
# message reads "Expecting value: line 1 column 1 (char 0)", with msg, doc, pos,
# lineno, colno), JSONEncoder (encode, iterencode, default; subclassable with a
# `default` override and passed as cls=), JSONDecoder (decode, raw_decode),
# json.decoder.scanstring.
# dumps/dump take skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
# separators, default, sort_keys; loads/load take cls, object_hook, parse_float,
# parse_int, parse_constant, object_pairs_hook, strict.
#
# Left out / different from CPython:
# * json.decoder and json.encoder are small module objects holding the classes (see
#   the end of this file); json.scanner is absent.
# * mempy strings cannot hold lone surrogates, so a "\udXXX" escape that is not half of
#   a valid surrogate pair decodes to U+FFFD instead of the lone surrogate.
# * loads of bytes decodes UTF-8 only (CPython also detects UTF-16/32).
# * The C accelerator's speed: this is plain Python.

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']


# ----- errors -------------------------------------------------------------------------

class JSONDecodeError(ValueError):
    """Raised for text that is not valid JSON. A ValueError; .msg is the bare message,
    .doc the text, .pos the index of the offending character, .lineno/.colno its
    1-based line and column."""
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        # Line: newlines before pos, plus one. Column: distance from the last of
        # them (or from the start, where rfind gives -1).
        before = doc[:pos]
        lineno = before.count('\n') + 1
        colno = pos - before.rfind('\n')
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno

    def __reduce__(self):
        # Rebuilt from the three constructor arguments.
        args = (self.msg, self.doc, self.pos)
        return self.__class__, args


# ----- encoding -----------------------------------------------------------------------

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
                  '\b': '\\b', '\f': '\\f'}


def _quote(s, ensure_ascii):
    out = ['"']
    start = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        o = ord(c)
        if o >= 0x20 and c != '"' and c != '\\' and (o < 0x7f or not ensure_ascii):
            i += 1
            continue
        if start < i:
            out.append(s[start:i])
        esc = _SHORT_ESCAPES.get(c)
        if esc is not None:
            out.append(esc)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            v = o - 0x10000
            out.append('\\u%04x\\u%04x' % (0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff)))
        i += 1
        start = i
    if start < n:
        out.append(s[start:])
    out.append('"')
    return ''.join(out)


class JSONEncoder(object):
    """Turns dicts, lists, tuples, strs, ints, floats, bools and None into JSON text;
    subclass it and override default() to handle other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys, self.ensure_ascii = skipkeys, ensure_ascii
        self.check_circular, self.allow_nan = check_circular, allow_nan
        self.sort_keys, self.indent = sort_keys, indent
        if separators is None:
            # With an indent the line breaks separate items; no trailing space.
            if indent is not None:
                self.item_separator = ','
        else:
            item_sep, key_sep = separators
            self.item_separator, self.key_separator = item_sep, key_sep
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable'
                        % o.__class__.__name__)

    def encode(self, o):
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o,
                   _one_shot=False):
        out = []
        indent = self.indent
        # A number of spaces, or the string to indent with.
        if indent is not None:
            if not isinstance(indent, str):
                indent = ' ' * indent
        # CPython's C encoder (used when indent is None) leaves the value out of the
        # allow_nan message; the Python one (used with an indent) appends it.
        self._nan_detail = indent is not None
        self._indent_str = indent
        self._markers = {} if self.check_circular else None
        self._enc(o, out, 0)
        return iter(out)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            msg = 'Out of range float values are not JSON compliant'
            if self._nan_detail:
                msg = msg + ': ' + repr(o)
            raise ValueError(msg)
        return text

    def _enc(self, o, out, level):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
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
            markers = self._markers
            if markers is not None:
                key = id(o)
                if key in markers:
                    raise ValueError('Circular reference detected')
                markers[key] = o
            self._enc(self.default(o), out, level)
            if markers is not None:
                del markers[key]

    def _enc_list(self, o, out, level):
        if not o:
            out.append('[]')
            return
        markers = self._markers
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError('Circular reference detected')
            markers[key] = o
        out.append('[')
        ind = self._indent_str
        if ind is not None:
            level += 1
            newline = '\n' + ind * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            sep = self.item_separator
        first = True
        for v in o:
            if first:
                first = False
            else:
                out.append(sep)
            self._enc(v, out, level)
        if ind is not None:
            level -= 1
            out.append('\n' + ind * level)
        out.append(']')
        if markers is not None:
            del markers[key]

    def _enc_dict(self, o, out, level):
        if not o:
            out.append('{}')
            return
        markers = self._markers
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError('Circular reference detected')
            markers[key] = o
        out.append('{')
        ind = self._indent_str
        if ind is not None:
            level += 1
            newline = '\n' + ind * level
            sep = self.item_separator + newline
            out.append(newline)
        else:
            sep = self.item_separator
        items = o.items()
        if self.sort_keys:
            items = sorted(items)
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
            out.append(_quote(k, self.ensure_ascii))
            out.append(self.key_separator)
            self._enc(v, out, level)
        if ind is not None:
            level -= 1
            out.append('\n' + ind * level)
        out.append('}')
        if markers is not None:
            del markers[key]


def _encoder(cls, options, extra):
    # dumps() and dump() pass every option on, whatever its value, plus any
    # extra keywords meant for a custom encoder class.
    options.update(extra)
    return (JSONEncoder if cls is None else cls)(**options)


def dumps(obj, *, skipkeys=False, ensure_ascii=True,
          check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """Return obj as a JSON string."""
    encoder = _encoder(cls, dict(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys), kw)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True,
         check_circular=True, allow_nan=True, cls=None, indent=None,
         separators=None, default=None, sort_keys=False, **kw):
    """Write obj as JSON text to the file-like object fp (anything with write())."""
    encoder = _encoder(cls, dict(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys), kw)
    # Written piece by piece, as CPython's dump does.
    for piece in encoder.iterencode(obj):
        fp.write(piece)


# ----- decoding -----------------------------------------------------------------------

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}
_SIMPLE_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n',
                    'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


class _Parser:
    def __init__(self, dec, s):
        self.s = s
        self.n = len(s)
        self.object_hook = dec.object_hook
        self.object_pairs_hook = dec.object_pairs_hook
        self.parse_float = dec.parse_float
        self.parse_int = dec.parse_int
        self.parse_constant = dec.parse_constant
        self.strict = dec.strict
        self.memo = {}

    def skip_ws(self, i):
        s = self.s
        n = self.n
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        # Parses the value starting exactly at i; returns (value, end).
        s = self.s
        if i >= self.n:
            raise JSONDecodeError('Expecting value', s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = self.n
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and s[j] in '123456789':
            j += 1
            while j < n and s[j] in _DIGITS:
                j += 1
        else:
            raise JSONDecodeError('Expecting value', s, i)
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1] in _DIGITS:
            j += 2
            while j < n and s[j] in _DIGITS:
                j += 1
            is_float = True
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k] in _DIGITS:
                k += 1
                while k < n and s[k] in _DIGITS:
                    k += 1
                j = k
                is_float = True
        text = s[i:j]
        if is_float:
            return self.parse_float(text), j
        return self.parse_int(text), j

    def string(self, i):
        # i is just past the opening quote.
        s = self.s
        n = self.n
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < n:
                c = s[j]
                if c == '"' or c == '\\' or (c < ' ' and self.strict):
                    break
                j += 1
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            if j > i:
                chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            j += 1
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            e = s[j]
            if e != 'u':
                r = _SIMPLE_UNESCAPE.get(e)
                if r is None:
                    raise JSONDecodeError('Invalid \\escape', s, j - 1)
                chunks.append(r)
                i = j + 1
                continue
            u = self.hex4(j - 1)
            i = j + 5
            if 0xd800 <= u <= 0xdbff and s.startswith('\\u', i):
                u2 = self.hex4(i)
                if 0xdc00 <= u2 <= 0xdfff:
                    u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
                    i += 6
            if 0xd800 <= u <= 0xdfff:
                u = 0xfffd
            chunks.append(chr(u))

    def hex4(self, i):
        # i is the position of the backslash of a \uXXXX escape.
        s = self.s
        h = s[i + 2:i + 6]
        if len(h) != 4 or h[0] not in _HEX or h[1] not in _HEX or h[2] not in _HEX \
                or h[3] not in _HEX:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, i + 1)
        return int(h, 16)

    def object(self, i):
        s = self.s
        pairs = []
        i = self.skip_ws(i)
        if i < self.n and s[i] == '}':
            i += 1
        else:
            memo = self.memo
            while True:
                if i >= self.n or s[i] != '"':
                    raise JSONDecodeError(
                        'Expecting property name enclosed in double quotes', s, i)
                key, i = self.string(i + 1)
                key = memo.setdefault(key, key)
                i = self.skip_ws(i)
                if i >= self.n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = self.skip_ws(i + 1)
                val, i = self.value(i)
                pairs.append((key, val))
                i = self.skip_ws(i)
                if i < self.n and s[i] == '}':
                    i += 1
                    break
                if i >= self.n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = self.skip_ws(i + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i
        d = dict(pairs)
        if self.object_hook is not None:
            d = self.object_hook(d)
        return d, i

    def array(self, i):
        s = self.s
        values = []
        i = self.skip_ws(i)
        if i < self.n and s[i] == ']':
            return values, i + 1
        while True:
            val, i = self.value(i)
            values.append(val)
            i = self.skip_ws(i)
            if i < self.n and s[i] == ']':
                return values, i + 1
            if i >= self.n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = self.skip_ws(i + 1)


class JSONDecoder(object):
    """Turns JSON text into dicts, lists, strs, ints, floats, bools and None."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        # A missing (or falsy) converter means the standard one.
        self.parse_int = parse_int if parse_int else int
        self.parse_float = parse_float if parse_float else float
        self.parse_constant = parse_constant if parse_constant else _CONSTANTS.__getitem__
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        self.strict = strict

    def decode(self, s):
        """Return the value that the JSON text s (one document, nothing after it)
        stands for."""
        p = _Parser(self, s)
        obj, end = p.value(p.skip_ws(0))
        end = p.skip_ws(end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Parse one JSON value starting at s[idx]; return (value, index just past
        it). Text after the value is allowed."""
        p = _Parser(self, s)
        return p.value(idx)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Return the value that the JSON text s (a str, or UTF-8 bytes/bytearray)
    stands for."""
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    elif not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not '
                        + type(s).__name__)
    elif s[:1] == '\ufeff':
        raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    # Only the hooks actually given reach the decoder class (a custom class need
    # not accept the others).
    given = (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
             ('parse_float', parse_float), ('parse_int', parse_int),
             ('parse_constant', parse_constant))
    for option, value in given:
        if value is not None:
            kw[option] = value
    decoder = (JSONDecoder if cls is None else cls)(**kw)
    return decoder.decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Read all of the file-like object fp and return the value its JSON text stands
    for."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def scanstring(s, end, strict=True):
    """scanstring(s, end, strict=True) -> (str, end)

    Decodes the JSON string whose body starts at index `end` of `s` (just past its
    opening quote); returns the decoded text and the index just past the closing
    quote. With strict false, control characters may appear unescaped."""
    if end < 0 or end > len(s):
        raise ValueError('end is out of bounds')
    # The parser's string scanner only reads the text and the strict flag.
    p = _Parser.__new__(_Parser)
    p.s = s
    p.n = len(s)
    p.strict = strict
    return p.string(end)


# ----- json.decoder / json.encoder ------------------------------------------------------
# CPython's json is a package; here its decoder and encoder submodules are small module
# objects over the classes above, registered so that `json.decoder.JSONDecodeError`,
# `import json.decoder` and `from json.encoder import JSONEncoder` work.

def _submodules():
    import sys
    module_type = type(sys)
    for sub, names in (('decoder', ('JSONDecoder', 'JSONDecodeError', 'scanstring')),
                       ('encoder', ('JSONEncoder',))):
        m = module_type('json.' + sub)
        for n in names:
            cls = globals()[n]
            cls.__module__ = 'json.' + sub
            setattr(m, n, cls)
        sys.modules['json.' + sub] = m
        globals()[sub] = m


_submodules()
del _submodules
