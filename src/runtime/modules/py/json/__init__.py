# mempy's `json` package: dumps, dump, loads, load over json.encoder's JSONEncoder and
# json.decoder's JSONDecoder, with CPython 3.11's module layout (json.decoder,
# json.encoder, json.scanner, json.tool, and the `_json` accelerator they prefer).
# Written for mempy from the documented behaviour of CPython 3.11's json package.
# loads of bytes detects UTF-8 (with or without a BOM), UTF-16 and UTF-32 as RFC 4627
# describes.
r"""JSON (JavaScript Object Notation) <https://json.org> encoding and decoding:
dumps/dump turn Python values into JSON text, loads/load turn JSON text back
into Python values.

    >>> import json
    >>> json.dumps({"a": [1, 2.5, None, True]}, sort_keys=True)
    '{"a": [1, 2.5, null, true]}'
    >>> json.loads('["x", {"y": 1}]')
    ['x', {'y': 1}]
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from json.decoder import JSONDecoder, JSONDecodeError
from json.encoder import JSONEncoder
import codecs

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)


def _is_default_encoding(skipkeys, ensure_ascii, check_circular, allow_nan,
                         cls, indent, separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as JSON text to fp (anything with a write() method), in the
    pieces JSONEncoder.iterencode makes. The options are JSONEncoder's; cls
    names a JSONEncoder subclass to use (extra keywords go to it)."""
    if _is_default_encoding(skipkeys, ensure_ascii, check_circular, allow_nan,
                            cls, indent, separators, default, sort_keys, kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan,
                       indent=indent, separators=separators, default=default,
                       sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return obj as JSON text (a str). The options are JSONEncoder's; cls
    names a JSONEncoder subclass to use (extra keywords go to it)."""
    if _is_default_encoding(skipkeys, ensure_ascii, check_circular, allow_nan,
                            cls, indent, separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def detect_encoding(b):
    # A BOM names the encoding; without one, where the zero bytes fall among the
    # first four tells UTF-16 and UTF-32 of either byte order from UTF-8 (the first
    # two characters of a JSON text are ASCII).
    if b.startswith((codecs.BOM_UTF32_BE, codecs.BOM_UTF32_LE)):
        return 'utf-32'
    if b.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)):
        return 'utf-16'
    if b.startswith(codecs.BOM_UTF8):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read all of fp (anything with a read() method) and return the value its
    JSON text stands for; the options are loads'."""
    return loads(fp.read(),
        cls=cls, object_hook=object_hook,
        parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Return the value the JSON document s (a str, bytes or bytearray) stands
    for. The hooks are JSONDecoder's; cls names a JSONDecoder subclass to use
    (extra keywords go to it)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)",
                                  s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = s.decode(detect_encoding(s), 'surrogatepass')

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    # Only the hooks given reach the class (a custom one need not take the others).
    for name, hook in (('object_hook', object_hook),
                       ('object_pairs_hook', object_pairs_hook),
                       ('parse_float', parse_float), ('parse_int', parse_int),
                       ('parse_constant', parse_constant)):
        if hook is not None:
            kw[name] = hook
    return cls(**kw).decode(s)
