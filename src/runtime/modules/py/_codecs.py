# `_codecs` (CPython's Modules/_codecsmodule.c over Python/codecs.c): the codec
# registry (register, unregister, lookup with its cache), the error-handler
# registry (register_error, lookup_error and the standard handlers), encode() and
# decode(), and one encode/decode function pair per native codec
# (utf_8_encode, latin_1_decode, ...). The conversions themselves are the native
# str.encode and bytes.decode; this module adds what they leave to Python:
# codecs found by registered search functions, user error handlers, and the
# incremental (final=False) decoding the incremental decoders need.
# str.encode and bytes.decode call _encode_slow/_decode_slow here when the codec
# or the error handler is not one of their own. Compiled from this source at
# first import.

_search_functions = []
_cache = {}
_error_handlers = {}

# The error handlers str.encode and bytes.decode apply themselves.
_NATIVE_ERRORS = frozenset(('strict', 'ignore', 'replace', 'backslashreplace',
                            'xmlcharrefreplace', 'surrogateescape',
                            'surrogatepass'))


def _normalize(name):
    # Python/codecs.c normalizestring (3.9+): ASCII letters lowered, runs of
    # other characters but '.' become one '_' between two kept characters.
    out = []
    punct = False
    for c in name:
        if c.isascii() and (c.isalnum() or c == '.'):
            if punct and out:
                out.append('_')
            out.append(c.lower())
            punct = False
        else:
            punct = True
    return ''.join(out)


def register(search_function):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _ensure_encodings()
    _search_functions.append(search_function)


def unregister(search_function):
    """Unregister a codec search function and clear the registry's cache."""
    for i, f in enumerate(_search_functions):
        if f is search_function:
            del _search_functions[i]
            _cache.clear()
            return


_encodings_loaded = False


def _ensure_encodings():
    # CPython imports `encodings` (whose import registers its search function)
    # at startup, so its search function comes before any the program adds.
    global _encodings_loaded
    if not _encodings_loaded:
        _encodings_loaded = True
        import encodings


def lookup(encoding):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s'
                        % type(encoding).__name__)
    _ensure_encodings()
    norm = _normalize(encoding)
    try:
        return _cache[norm]
    except KeyError:
        pass
    for f in list(_search_functions):
        result = f(norm)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _cache[norm] = result
        return result
    raise LookupError('unknown encoding: %s' % encoding)


def _forget_codec(encoding):
    """Purge the named codec from the internal codec lookup cache"""
    _cache.pop(_normalize(encoding), None)


# The exceptions whose instances carry more than their args (CPython: a type
# whose __init__/__new__ are not BaseException's, or whose instances are bigger).
_STATEFUL_ERRORS = (OSError, AttributeError, NameError, ImportError, SyntaxError,
                    StopIteration, SystemExit, UnicodeEncodeError,
                    UnicodeDecodeError, UnicodeTranslateError)


def _wrap_error(e, what, encoding):
    # Python/codecs.c wrap_codec_error: an exception of the codec's own is
    # replaced by one of the same type naming the codec (chained to it) when
    # that type keeps no state beyond a single message.
    if isinstance(e, _STATEFUL_ERRORS) or getattr(e, '__dict__', None):
        return None
    if not (e.args == () or (len(e.args) == 1 and isinstance(e.args[0], str))):
        return None
    t = type(e)
    for k in t.__mro__:
        if k.__module__ == 'builtins':
            break
        if '__init__' in k.__dict__ or '__new__' in k.__dict__ or k.__dict__.get('__slots__'):
            return None
    try:
        return t("%s with '%s' codec failed (%s: %s)" % (what, encoding, t.__name__, e))
    except Exception:
        return None


# The codec names str.encode and bytes.decode call their C codecs for directly
# (Objects/unicodeobject.c), so nothing wraps what those raise.
_DIRECT = frozenset(('utf_8', 'utf8', 'latin_1', 'latin1', 'iso_8859_1',
                     'iso8859_1', 'ascii', 'us_ascii', 'utf_16', 'utf16',
                     'utf_32', 'utf32'))


def _call_codec(func, obj, errors, what, encoding):
    try:
        result = func(obj, errors)
    except Exception as e:
        new = _wrap_error(e, what, encoding)
        if new is None:
            raise
        raise new from e
    if not isinstance(result, tuple) or len(result) != 2:
        if what == 'encoding':
            raise TypeError('encoder must return a tuple (object, integer)')
        raise TypeError('decoder must return a tuple (object,integer)')
    return result[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    return _call_codec(lookup(encoding)[0], obj, errors, 'encoding', encoding)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return _call_codec(lookup(encoding)[1], obj, errors, 'decoding', encoding)


def _is_text_encoding(info):
    return getattr(info, '_is_text_encoding', True)


def _encode_slow(obj, encoding, errors):
    # str.encode when the codec or the error handler is not native.
    info = lookup(encoding)
    if not _is_text_encoding(info):
        raise LookupError("'%s' is not a text encoding; use codecs.encode() to "
                          "handle arbitrary codecs" % encoding)
    try:
        result = info[0](obj, errors)
    except Exception as e:
        new = None if _normalize(encoding) in _DIRECT else \
            _wrap_error(e, 'encoding', encoding)
        if new is None:
            raise
        raise new from e
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('encoder must return a tuple (object, integer)')
    data = result[0]
    if isinstance(data, bytearray):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use "
                        "codecs.encode() to encode to arbitrary types"
                        % (encoding, type(data).__name__))
    return data


def _decode_slow(obj, encoding, errors):
    # bytes.decode when the codec or the error handler is not native.
    info = lookup(encoding)
    if not _is_text_encoding(info):
        raise LookupError("'%s' is not a text encoding; use codecs.decode() to "
                          "handle arbitrary codecs" % encoding)
    try:
        result = info[1](obj, errors)
    except Exception as e:
        new = None if _normalize(encoding) in _DIRECT else \
            _wrap_error(e, 'decoding', encoding)
        if new is None:
            raise
        raise new from e
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError('decoder must return a tuple (object,integer)')
    text = result[0]
    if not isinstance(text, str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use "
                        "codecs.decode() to decode to arbitrary types"
                        % (encoding, type(text).__name__))
    return text


# -- error handlers ---------------------------------------------------------

def register_error(errors, handler):
    """Register the specified error handler under the name errors."""
    if not isinstance(errors, str):
        raise TypeError('register_error() argument 1 must be str, not %s'
                        % type(errors).__name__)
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[errors] = handler


def lookup_error(name):
    """Return the error handler for the specified error handling name."""
    if not isinstance(name, str):
        raise TypeError('lookup_error() argument must be str, not %s'
                        % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _wrong_exception(exc):
    return TypeError("don't know how to handle %s in error callback"
                     % type(exc).__name__)


def strict_errors(exc):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError('codec must pass exception instance')


def ignore_errors(exc):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    if isinstance(exc, UnicodeError) and not type(exc) is UnicodeError:
        return ('', exc.end)
    raise _wrong_exception(exc)


def replace_errors(exc):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    if isinstance(exc, UnicodeTranslateError):
        return ('\ufffd' * (exc.end - exc.start), exc.end)
    raise _wrong_exception(exc)


def _escape(c):
    n = ord(c)
    if n < 0x100:
        return '\\x%02x' % n
    if n < 0x10000:
        return '\\u%04x' % n
    return '\\U%08x' % n


def backslashreplace_errors(exc):
    """Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."""
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]),
                exc.end)
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return (''.join(_escape(c) for c in exc.object[exc.start:exc.end]),
                exc.end)
    raise _wrong_exception(exc)


def xmlcharrefreplace_errors(exc):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."""
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]),
                exc.end)
    raise _wrong_exception(exc)


def _utf_kind(encoding):
    # The UTF width and byte order surrogatepass writes for a codec name.
    n = _normalize(encoding)
    for prefix, width in (('utf_8', 1), ('utf8', 1), ('utf_16', 2),
                          ('utf16', 2), ('utf_32', 4), ('utf32', 4)):
        if n.startswith(prefix):
            rest = n[len(prefix):].lstrip('_')
            return width, 'big' if rest == 'be' else 'little'
    return None, None


def surrogatepass_errors(exc):
    # Surrogates pass through the UTF codecs as if they were characters.
    if isinstance(exc, UnicodeEncodeError):
        width, order = _utf_kind(exc.encoding)
        chunk = exc.object[exc.start:exc.end]
        out = bytearray()
        for c in chunk:
            n = ord(c)
            if not 0xd800 <= n <= 0xdfff or width is None:
                raise exc
            if width == 1:
                out += bytes((0xe0 | (n >> 12), 0x80 | ((n >> 6) & 0x3f),
                              0x80 | (n & 0x3f)))
            else:
                out += n.to_bytes(width, order)
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        width, order = _utf_kind(exc.encoding)
        data = exc.object
        p = exc.start
        if width == 1:
            seq = data[p:p + 3]
            if (len(seq) == 3 and seq[0] & 0xf0 == 0xe0
                    and seq[1] & 0xc0 == 0x80 and seq[2] & 0xc0 == 0x80):
                n = ((seq[0] & 0x0f) << 12) | ((seq[1] & 0x3f) << 6) | (seq[2] & 0x3f)
                if 0xd800 <= n <= 0xdfff:
                    return (chr(n), p + 3)
        elif width is not None:
            seq = data[p:p + width]
            if len(seq) == width:
                n = int.from_bytes(seq, order)
                if 0xd800 <= n <= 0xdfff:
                    return (chr(n), p + width)
        raise exc
    raise _wrong_exception(exc)


def surrogateescape_errors(exc):
    # Bytes 0x80-0xff decode to U+DC80-U+DCFF, and those encode back.
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            n = ord(c)
            if not 0xdc80 <= n <= 0xdcff:
                raise exc
            out.append(n - 0xdc00)
        return (bytes(out), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        out = []
        end = exc.start
        for b in exc.object[exc.start:exc.end][:4]:
            if b < 128:
                break
            out.append(chr(0xdc00 + b))
            end += 1
        if not out:
            raise exc
        return (''.join(out), end)
    raise _wrong_exception(exc)


def namereplace_errors(exc):
    """Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."""
    if isinstance(exc, UnicodeEncodeError):
        import unicodedata
        out = []
        for c in exc.object[exc.start:exc.end]:
            try:
                out.append('\\N{%s}' % unicodedata.name(c))
            except ValueError:
                # A character without a name gets backslashreplace's escape.
                out.append(_escape(c))
        return (''.join(out), exc.end)
    raise _wrong_exception(exc)


for _name, _handler in (('strict', strict_errors), ('ignore', ignore_errors),
                        ('replace', replace_errors),
                        ('backslashreplace', backslashreplace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors),
                        ('namereplace', namereplace_errors),
                        ('surrogateescape', surrogateescape_errors),
                        ('surrogatepass', surrogatepass_errors)):
    _error_handlers[_name] = _handler
del _name, _handler


# -- the native codecs' functions ---------------------------------------------

# A codec with a byte-order mark writes this one (the machine's order: little).
_BOM_FORMS = {'utf-16': ('utf-16-le', b'\xff\xfe'),
              'utf-32': ('utf-32-le', b'\xff\xfe\x00\x00')}


def _check_str(fname, obj):
    if not isinstance(obj, str):
        raise TypeError('%s() argument 1 must be str, not %s'
                        % (fname, type(obj).__name__))


def _as_bytes(fname, obj):
    if isinstance(obj, str):
        raise TypeError('a bytes-like object is required, not %r'
                        % type(obj).__name__)
    try:
        return bytes(memoryview(obj))
    except TypeError:
        raise TypeError('%s() argument 1 must be bytes-like object, not %s'
                        % (fname, type(obj).__name__)) from None


def _encode_with_handler(text, codec, errors):
    # CPython's encoders call a non-native handler at each unencodable run; the
    # run's replacement str must be ASCII (latin-1 for latin-1), or the
    # encoding error stands.
    handler = lookup_error(errors)
    plain, bom = _BOM_FORMS.get(codec, (codec, b''))
    limit = 256 if codec == 'latin-1' else 128
    out = [bom] if text else []
    pos = 0
    n = len(text)
    while True:
        try:
            out.append(text[pos:].encode(plain))
            break
        except UnicodeEncodeError as e:
            start = pos + e.start
            end = pos + e.end
            out.append(text[pos:start].encode(plain))
            exc = UnicodeEncodeError(e.encoding, text, start, end, e.reason)
        r = handler(exc)
        if (not isinstance(r, tuple) or len(r) != 2
                or not isinstance(r[0], (str, bytes)) or not isinstance(r[1], int)):
            raise TypeError('encoding error handler must return (str/bytes, int) tuple')
        rep, newpos = r
        if isinstance(rep, str):
            for c in rep:
                if ord(c) >= limit:
                    raise exc
            rep = rep.encode(plain)
        out.append(rep)
        pos = _resume_position(newpos, n)
    return b''.join(out)


def _resume_position(newpos, n):
    # Where an error handler's answer resumes coding: negative counts from the end.
    if newpos < 0:
        newpos += n
    if not 0 <= newpos <= n:
        raise IndexError('position %d from error handler out of bounds' % newpos)
    return newpos


def _decode_with_handler(data, codec, errors):
    handler = lookup_error(errors)
    out = []
    pos = 0
    n = len(data)
    while True:
        try:
            out.append(data[pos:].decode(codec))
            break
        except UnicodeDecodeError as e:
            start = pos + e.start
            end = pos + e.end
            out.append(data[pos:start].decode(codec))
            exc = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
        # After the first chunk a byte-order mark is data, not a mark.
        codec = _BOM_FORMS.get(codec, (codec,))[0]
        r = handler(exc)
        if (not isinstance(r, tuple) or len(r) != 2
                or not isinstance(r[0], str) or not isinstance(r[1], int)):
            raise TypeError('decoding error handler must return (str, int) tuple')
        rep, newpos = r
        out.append(rep)
        pos = _resume_position(newpos, n)
    return ''.join(out)


# The second bytes a UTF-8 lead byte allows when it is not 80..BF.
# (ED A0..BF, a surrogate's, waits too: an error handler such as surrogatepass
# may take the whole sequence.)
_UTF8_SECOND = {0xe0: (0xa0, 0xbf), 0xf0: (0x90, 0xbf), 0xf4: (0x80, 0x8f)}


def _incomplete_tail(data, codec):
    # How many bytes at the end of data start a character that more input may
    # complete (left for the next call when decoding incrementally).
    if codec == 'utf-8':
        for k in (1, 2, 3):
            if k > len(data):
                break
            b = data[-k]
            if b & 0xc0 == 0x80:
                continue
            need = 2 if 0xc2 <= b <= 0xdf else 3 if 0xe0 <= b <= 0xef else \
                4 if 0xf0 <= b <= 0xf4 else 0
            if need <= k:
                return 0
            # Only a prefix some character starts with waits for more input; one
            # that is already invalid (E0 80: an overlong form; F4 90: beyond
            # U+10FFFF) is decoded now, to fail now.
            if k >= 2:
                low, high = _UTF8_SECOND.get(b, (0x80, 0xbf))
                if not low <= data[-k + 1] <= high:
                    return 0
            return k
        return 0
    if codec in ('utf-16', 'utf-16-le', 'utf-16-be'):
        k = len(data) % 2
        whole = len(data) - k
        if whole >= 2:
            order = 'big' if codec == 'utf-16-be' else 'little'
            unit = int.from_bytes(data[whole - 2:whole], order)
            if 0xd800 <= unit <= 0xdbff:
                k += 2
        return k
    if codec in ('utf-32', 'utf-32-le', 'utf-32-be'):
        return len(data) % 4
    if codec in ('unicode-escape', 'raw-unicode-escape'):
        # A trailing backslash escape may be cut short.
        i = data.rfind(b'\\')
        if i >= 0 and len(data) - i < 10:
            tail = data[i:]
            if len(tail) == 1 or tail[1:2] in (b'x', b'u', b'U', b'N', b'0',
                                               b'1', b'2', b'3', b'4', b'5',
                                               b'6', b'7'):
                backslashes = len(data[:i + 1]) - len(data[:i + 1].rstrip(b'\\'))
                if backslashes % 2:
                    return len(tail)
        return 0
    return 0


def _encode_native(fname, codec, text, errors):
    _check_str(fname, text)
    if errors is None:
        errors = 'strict'
    if errors in _NATIVE_ERRORS:
        return (text.encode(codec, errors), len(text))
    try:
        return (text.encode(codec), len(text))
    except UnicodeEncodeError:
        return (_encode_with_handler(text, codec, errors), len(text))


def _decode_native(fname, codec, data, errors, final):
    data = _as_bytes(fname, data)
    if errors is None:
        errors = 'strict'
    cut = 0 if final else _incomplete_tail(data, codec)
    whole = data[:len(data) - cut]
    if errors in _NATIVE_ERRORS:
        return (whole.decode(codec, errors), len(whole))
    try:
        return (whole.decode(codec), len(whole))
    except UnicodeDecodeError:
        return (_decode_with_handler(whole, codec, errors), len(whole))


def _make_pair(name, codec, final_default):
    def enc(str, errors=None):
        return _encode_native(name + '_encode', codec, str, errors)

    def dec(data, errors=None, final=final_default):
        return _decode_native(name + '_decode', codec, data, errors, final)
    enc.__name__ = enc.__qualname__ = name + '_encode'
    dec.__name__ = dec.__qualname__ = name + '_decode'
    globals()[enc.__name__] = enc
    globals()[dec.__name__] = dec


# The stateless codecs decode everything they are given; the UTF ones leave an
# incomplete tail unless final (which is False by default, as CPython's).
for _name, _codec, _final in (
        ('utf_8', 'utf-8', False), ('ascii', 'ascii', True),
        ('latin_1', 'latin-1', True), ('utf_16', 'utf-16', False),
        ('utf_16_le', 'utf-16-le', False), ('utf_16_be', 'utf-16-be', False),
        ('utf_32', 'utf-32', False), ('utf_32_le', 'utf-32-le', False),
        ('utf_32_be', 'utf-32-be', False),
        ('unicode_escape', 'unicode-escape', True),
        ('raw_unicode_escape', 'raw-unicode-escape', True)):
    _make_pair(_name, _codec, _final)
del _name, _codec, _final


def _ex_decode(name, data, errors, byteorder, final, width, le, be):
    """UTF-16/32 decoding that reads a byte-order mark when byteorder is 0 (the
    `utf_16_ex_decode`/`utf_32_ex_decode` of CPython's _codecs); returns (str,
    consumed, byteorder). `le`/`be` decode without a mark; `width` is the mark's size."""
    data = _as_bytes(name, data)
    if byteorder == 0:
        bom_le = b'\xff\xfe' if width == 2 else b'\xff\xfe\x00\x00'
        if data[:width] == bom_le:
            s, n = le(data[width:], errors, final)
            return (s, n + width, -1)
        if data[:width] == bom_le[::-1]:
            s, n = be(data[width:], errors, final)
            return (s, n + width, 1)
        if len(data) < width and not final:
            return ('', 0, 0)
        s, n = le(data, errors, final)
        return (s, n, 0)
    s, n = (be if byteorder > 0 else le)(data, errors, final)
    return (s, n, byteorder)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    """Decodes UTF-16 reading a byte-order mark when byteorder is 0; returns (str, consumed, byteorder)."""
    return _ex_decode('utf_16_ex_decode', data, errors, byteorder, final, 2,
                      utf_16_le_decode, utf_16_be_decode)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    """Decodes UTF-32 reading a byte-order mark when byteorder is 0; returns (str, consumed, byteorder)."""
    return _ex_decode('utf_32_ex_decode', data, errors, byteorder, final, 4,
                      utf_32_le_decode, utf_32_be_decode)


# -- codecs coded here, character by character ----------------------------------
#
# The charmap and UTF-7 codecs of CPython are C loops calling the error handler
# at each run of characters (or byte) they cannot code; these are the same loops
# in Python, over a function coding one character (None: it cannot).

def _handler_answer(r, encoding):
    if encoding:
        if (not isinstance(r, tuple) or len(r) != 2
                or not isinstance(r[0], (str, bytes)) or not isinstance(r[1], int)):
            raise TypeError('encoding error handler must return (str/bytes, int) tuple')
    elif (not isinstance(r, tuple) or len(r) != 2
            or not isinstance(r[0], str) or not isinstance(r[1], int)):
        raise TypeError('decoding error handler must return (str, int) tuple')
    return r


def _encode_loop(text, errors, encoding, encode_char, reason):
    out = []
    n = len(text)
    pos = 0
    handler = None
    while pos < n:
        b = encode_char(text[pos])
        if b is not None:
            out.append(b)
            pos += 1
            continue
        # The error covers the run of characters the codec cannot encode.
        end = pos + 1
        while end < n and encode_char(text[end]) is None:
            end += 1
        exc = UnicodeEncodeError(encoding, text, pos, end, reason)
        if errors is None or errors == 'strict':
            raise exc
        if handler is None:
            handler = lookup_error(errors)
        rep, newpos = _handler_answer(handler(exc), True)
        if isinstance(rep, str):
            for c in rep:
                b = encode_char(c)
                if b is None:
                    raise exc
                out.append(b)
        else:
            out.append(rep)
        pos = _resume_position(newpos, n)
    return b''.join(out)


def _decode_error(data, errors, handler, encoding, start, end, reason):
    # Calls the error handler for data[start:end]: (replacement, resume position).
    exc = UnicodeDecodeError(encoding, data, start, end, reason)
    if errors is None or errors == 'strict':
        raise exc
    if handler is None:
        handler = lookup_error(errors)
    rep, newpos = _handler_answer(handler(exc), False)
    return rep, _resume_position(newpos, len(data))


def charmap_build(map):
    """Builds the encoding table of a decoding table (character -> byte)."""
    _check_str('charmap_build', map)
    table = {}
    for i, c in enumerate(map):
        if c != '\ufffe':
            table.setdefault(ord(c), i)
    return table


def charmap_encode(str, errors=None, mapping=None):
    """Encodes str through mapping (ordinal -> int, bytes or None); latin-1 without one."""
    _check_str('charmap_encode', str)
    if mapping is None:
        return latin_1_encode(str, errors)

    def enc(c):
        try:
            x = mapping[ord(c)]
        except LookupError:
            return None
        if x is None:
            return None
        if isinstance(x, int):
            if not 0 <= x < 256:
                raise TypeError('character mapping must be in range(256)')
            return bytes((x,))
        if isinstance(x, bytes):
            return x
        raise TypeError('character mapping must return integer, bytes or None, not %s'
                        % type(x).__name__)
    return (_encode_loop(str, errors, 'charmap', enc, 'character maps to <undefined>'),
            len(str))


def charmap_decode(data, errors=None, mapping=None):
    """Decodes data through mapping (a str indexed by byte, or byte -> int, str or None); latin-1 without one."""
    data = _as_bytes('charmap_decode', data)
    if mapping is None:
        return latin_1_decode(data, errors)
    if isinstance(mapping, str):
        def dec(b):
            if b < len(mapping):
                c = mapping[b]
                if c != '\ufffe':
                    return c
            return None
    else:
        def dec(b):
            try:
                x = mapping[b]
            except LookupError:
                return None
            if x is None:
                return None
            if isinstance(x, int):
                if not 0 <= x <= 0x10ffff:
                    raise TypeError('character mapping must be in range(0x110000)')
                return None if x == 0xfffe else chr(x)
            if isinstance(x, str):
                return None if x == '\ufffe' else x
            raise TypeError('character mapping must return integer, None or str')
    out = []
    pos = 0
    n = len(data)
    handler = None
    while pos < n:
        c = dec(data[pos])
        if c is not None:
            out.append(c)
            pos += 1
            continue
        rep, pos = _decode_error(data, errors, handler, 'charmap', pos, pos + 1,
                                 'character maps to <undefined>')
        out.append(rep)
    return (''.join(out), n)


# UTF-7 (RFC 2152) as CPython writes it: the characters of sets D and O and
# whitespace stand for themselves, '+' is '+-', the rest are UTF-16 units in
# modified base 64 between '+' and an optional '-'.
_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_UTF7_DIRECT = frozenset(
    ' \t\r\n!"#$%&\'()*,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ'
    '[]^_`abcdefghijklmnopqrstuvwxyz{|}')


def utf_7_encode(str, errors=None):
    """Encodes str as UTF-7; returns (bytes, length consumed)."""
    _check_str('utf_7_encode', str)
    out = []
    in_shift = False
    bits = 0
    buf = 0
    for ch in str:
        if in_shift and ch in _UTF7_DIRECT:
            if bits:
                out.append(_B64[(buf << (6 - bits)) & 0x3f])
                buf = bits = 0
            in_shift = False
            # A character that could continue the base 64 ends it with '-'.
            if ch in _B64 or ch == '-':
                out.append('-')
            out.append(ch)
            continue
        if not in_shift:
            if ch == '+':
                out.append('+-')
                continue
            if ch in _UTF7_DIRECT:
                out.append(ch)
                continue
            out.append('+')
            in_shift = True
        n = ord(ch)
        units = (n,) if n < 0x10000 else (0xd800 | ((n - 0x10000) >> 10),
                                          0xdc00 | ((n - 0x10000) & 0x3ff))
        for u in units:
            buf = ((buf << 16) | u) & 0xffffffff
            bits += 16
            while bits >= 6:
                out.append(_B64[(buf >> (bits - 6)) & 0x3f])
                bits -= 6
    if bits:
        out.append(_B64[(buf << (6 - bits)) & 0x3f])
    if in_shift:
        out.append('-')
    return (''.join(out).encode('ascii'), len(str))


def utf_7_decode(data, errors=None, final=False):
    """Decodes UTF-7; unless final, an unfinished shift sequence is left (returns (str, consumed))."""
    data = _as_bytes('utf_7_decode', data)
    n = len(data)
    out = []
    handler = None
    in_shift = False
    bits = buf = surrogate = 0
    start = shift_out = 0
    pos = 0
    while True:
        while pos < n:
            ch = data[pos]
            err = None
            if in_shift:
                if ch < 128 and chr(ch) in _B64:
                    buf = (buf << 6) | _B64.index(chr(ch))
                    bits += 6
                    pos += 1
                    if bits >= 16:
                        unit = (buf >> (bits - 16)) & 0xffff
                        bits -= 16
                        buf &= (1 << bits) - 1
                        if surrogate:
                            if 0xdc00 <= unit <= 0xdfff:
                                out.append(chr(0x10000 + ((surrogate - 0xd800) << 10)
                                               + (unit - 0xdc00)))
                                surrogate = 0
                                continue
                            out.append(chr(surrogate))
                            surrogate = 0
                        if 0xd800 <= unit <= 0xdbff:
                            surrogate = unit
                        else:
                            out.append(chr(unit))
                    continue
                in_shift = False
                if bits >= 6:
                    pos += 1
                    err = 'partial character in shift sequence'
                elif bits and buf:
                    pos += 1
                    err = 'non-zero padding bits in shift sequence'
                else:
                    if surrogate and ch < 128:
                        out.append(chr(surrogate))
                    surrogate = 0
                    if ch == 0x2d:
                        pos += 1
                    continue
            elif ch == 0x2b:
                start = pos
                pos += 1
                if pos < n and data[pos] == 0x2d:
                    pos += 1
                    out.append('+')
                    continue
                if pos < n and not (data[pos] < 128 and chr(data[pos]) in _B64):
                    pos += 1
                    err = 'ill-formed sequence'
                else:
                    in_shift = True
                    surrogate = bits = buf = 0
                    shift_out = len(out)
                    continue
            elif ch < 128:
                out.append(chr(ch))
                pos += 1
                continue
            else:
                start = pos
                pos += 1
                err = 'unexpected special character'
            rep, pos = _decode_error(data, errors, handler, 'utf7', start, pos, err)
            out.append(rep)
        if in_shift and final:
            # Data ends inside a shift sequence: an error unless what is left
            # is zero padding.
            in_shift = False
            if surrogate or bits >= 6 or (bits and buf):
                surrogate = 0
                rep, pos = _decode_error(data, errors, handler, 'utf7', start, n,
                                         'unterminated shift sequence')
                out.append(rep)
                if pos < n:
                    continue
        break
    if in_shift:
        # Not final: the shift sequence is decoded again with what follows.
        del out[shift_out:]
        return (''.join(out), start)
    return (''.join(out), pos)


def escape_encode(data, errors=None):
    """Escapes bytes as a bytes literal's body would (returns (bytes, length))."""
    if not isinstance(data, bytes):
        raise TypeError('escape_encode() argument 1 must be bytes, not %s'
                        % type(data).__name__)
    out = bytearray()
    for b in data:
        if b == 0x5c or b == 0x27:
            out += b'\\' + bytes((b,))
        elif b == 0x09:
            out += b'\\t'
        elif b == 0x0a:
            out += b'\\n'
        elif b == 0x0d:
            out += b'\\r'
        elif b < 0x20 or b >= 0x7f:
            out += b'\\x%02x' % b
        else:
            out.append(b)
    return (bytes(out), len(data))


_SIMPLE_ESCAPES = {0x5c: 0x5c, 0x27: 0x27, 0x22: 0x22, 0x61: 7, 0x62: 8,
                   0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11}
_HEX = b'0123456789abcdefABCDEF'


def escape_decode(data, errors=None):
    """Decodes a bytes literal's escapes (returns (bytes, length consumed))."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    else:
        data = _as_bytes('escape_decode', data)
    out = bytearray()
    n = len(data)
    i = 0
    invalid = None
    while i < n:
        b = data[i]
        i += 1
        if b != 0x5c:
            out.append(b)
            continue
        if i >= n:
            raise ValueError('Trailing \\ in string')
        c = data[i]
        i += 1
        if c == 0x0a:
            continue
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            first = i - 1
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
            if v > 0o377 and invalid is None:
                invalid = "invalid octal escape sequence '\\%s'" % data[first:i].decode()
            out.append(v & 0xff)
        elif c == 0x78:
            if i + 1 < n and data[i] in _HEX and data[i + 1] in _HEX:
                out.append(int(data[i:i + 2], 16))
                i += 2
            elif errors is None or errors == 'strict':
                raise ValueError('invalid \\x escape at position %d' % (i - 2))
            elif errors == 'replace' or errors == 'ignore':
                if errors == 'replace':
                    out.append(0x3f)
                # CPython skips the \x and at most one hex digit.
                if i < n and data[i] in _HEX:
                    i += 1
            else:
                raise ValueError('decoding error; unknown error handling code: %s'
                                 % errors)
        else:
            if invalid is None:
                invalid = "invalid escape sequence '\\%s'" % chr(c)
            out += b'\\' + bytes((c,))
    if invalid is not None:
        # CPython warns once, for the first invalid escape, at the Python code
        # that called the codec (this module's frames are not counted).
        import warnings
        warnings.warn(invalid, DeprecationWarning, stacklevel=1)
    return (bytes(out), n)


def readbuffer_encode(data, errors=None):
    """The bytes of a buffer (a str: its UTF-8), and their count."""
    if isinstance(data, str):
        data = data.encode('utf-8')
    else:
        try:
            data = bytes(memoryview(data))
        except TypeError:
            raise TypeError('readbuffer_encode() argument 1 must be read-only bytes-like '
                            'object, not %s' % type(data).__name__) from None
    return (data, len(data))
