# mempy's `json.encoder`: JSONEncoder and the string quoting functions. Written for
# mempy from the documented behaviour of CPython 3.11's json.encoder.
# encode() with indent=None hands the whole value to `_json`'s Encoder (one string,
# C-module messages); iterencode() and indented output go through _make_iterencode, a
# generator whose pieces are CPython's (a separator travels with the scalar after it,
# containers open and close in pieces of their own), so `json.dump` writes the same
# chunks to its file.
"""Implementation of JSONEncoder
"""
try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

INFINITY = float('inf')

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
                  '\b': '\\b', '\f': '\\f'}
ESCAPE_DCT = dict(_SHORT_ESCAPES)
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def _escape(s, ensure_ascii):
    out = []
    start = 0
    i = 0
    for c in s:
        o = ord(c)
        if o < 0x20 or c == '"' or c == '\\':
            esc = ESCAPE_DCT[c]
        elif o >= 0x7f and ensure_ascii:
            if o < 0x10000:
                esc = '\\u%04x' % o
            else:
                v = o - 0x10000
                esc = '\\u%04x\\u%04x' % (0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff))
        else:
            i += 1
            continue
        if start < i:
            out.append(s[start:i])
        out.append(esc)
        i += 1
        start = i
    if start < i:
        out.append(s[start:])
    return ''.join(out)


def py_encode_basestring(s):
    """The JSON text of the str s: quoted, with quotes, backslashes and control
    characters escaped."""
    return '"' + _escape(s, False) + '"'


encode_basestring = (c_encode_basestring or py_encode_basestring)


def py_encode_basestring_ascii(s):
    """The JSON text of the str s in ASCII only: as encode_basestring, and every
    character past U+007F written as a \\uXXXX escape (astral ones as a pair)."""
    return '"' + _escape(s, True) + '"'


encode_basestring_ascii = (
    c_encode_basestring_ascii or py_encode_basestring_ascii)


class JSONEncoder(object):
    """Turns dicts, lists, tuples, strs, ints, floats (and their subclasses), True,
    False and None into JSON text. Subclass it and override default() (or pass
    default=) to make other objects encodable: it returns something encodable
    for them or raises TypeError.

    skipkeys drops dict keys that are not str, int, float, bool or None (a
    TypeError otherwise); ensure_ascii escapes every non-ASCII character;
    check_circular finds reference cycles (a ValueError instead of a
    RecursionError); allow_nan writes NaN and the infinities (a ValueError
    otherwise); sort_keys sorts each dict by key; indent (a count of spaces or a
    string) pretty-prints, one item a line; separators is the pair
    (item_separator, key_separator)."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # Line breaks separate the items: no trailing space before them.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for an object the encoder cannot write: return something it can,
        or raise TypeError (this one always raises)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        r"""The JSON text of o, as one str.

        >>> JSONEncoder(sort_keys=True).encode({"b": (1, 2), "a": "\u00e9"})
        '{"a": "\\u00e9", "b": [1, 2]}'
        """
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o, piece by piece (a generator), for writing out
        without building the whole text."""
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring

        def floatstr(o, allow_nan=self.allow_nan, _repr=float.__repr__,
                     _inf=INFINITY, _neginf=-INFINITY):
            if o != o:
                text = 'NaN'
            elif o == _inf:
                text = 'Infinity'
            elif o == _neginf:
                text = '-Infinity'
            else:
                return _repr(o)
            if not allow_nan:
                raise ValueError(
                    "Out of range float values are not JSON compliant: " + repr(o))
            return text

        if _one_shot and c_make_encoder is not None and self.indent is None:
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, self.indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
        else:
            _iterencode = _make_iterencode(
                markers, self.default, _encoder, self.indent, floatstr,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, _one_shot)
        return _iterencode(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
                     _key_separator, _item_separator, _sort_keys, _skipkeys,
                     _one_shot, ValueError=ValueError, dict=dict, float=float,
                     id=id, int=int, isinstance=isinstance, list=list, str=str,
                     tuple=tuple, _intstr=int.__repr__):
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def enter(o):
        # Marks o as being encoded; a second visit is a cycle.
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError("Circular reference detected")
        markers[key] = o
        return key

    def scalar(o):
        # The text of a str, None, bool, int or float; None for anything else.
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return _intstr(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        key = enter(lst)
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            text = scalar(value)
            if text is not None:
                # A scalar travels with the separator before it.
                yield buf + text
                continue
            yield buf
            if isinstance(value, (list, tuple)):
                yield from _iterencode_list(value, _current_indent_level)
            elif isinstance(value, dict):
                yield from _iterencode_dict(value, _current_indent_level)
            else:
                yield from _iterencode(value, _current_indent_level)
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if key is not None:
            del markers[key]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        key_id = enter(dct)
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        items = sorted(dct.items()) if _sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            # Keys that are numbers, bools or None are written as their JSON text
            # (then quoted like any key).
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _intstr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            text = scalar(value)
            if text is not None:
                yield text
            elif isinstance(value, (list, tuple)):
                yield from _iterencode_list(value, _current_indent_level)
            elif isinstance(value, dict):
                yield from _iterencode_dict(value, _current_indent_level)
            else:
                yield from _iterencode(value, _current_indent_level)
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if key_id is not None:
            del markers[key_id]

    def _iterencode(o, _current_indent_level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            key = enter(o)
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if key is not None:
                del markers[key]
    return _iterencode
