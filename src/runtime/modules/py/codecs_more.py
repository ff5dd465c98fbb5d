# `_codecs_more`: the codecs of CPython's Lib/encodings package that mempy
# does not code natively, made as CodecInfo objects for the `encodings` search
# function: the single-byte charmap codecs (cp1252, iso8859-15, koi8-r, ... over
# the tables of `_charmap_tables`) and `charmap` itself, utf-7, punycode, idna
# (RFC 3490 over nameprep), and the bytes-to-bytes and str-to-str codecs
# (base64, hex, zlib, uu, quopri, rot13) that only codecs.encode/decode accept.
# Loaded by `encodings` at the first lookup of a name it does not know.

import codecs
import _codecs


def _info(name, encode, decode, ienc, idec, sw, sr, module, text=True):
    for cls, cname in ((ienc, 'IncrementalEncoder'), (idec, 'IncrementalDecoder'),
                       (sw, 'StreamWriter'), (sr, 'StreamReader')):
        cls.__module__ = 'encodings.' + module
        cls.__name__ = cls.__qualname__ = cname
    kw = {} if text else {'_is_text_encoding': False}
    return codecs.CodecInfo(name=name, encode=encode, decode=decode,
                            incrementalencoder=ienc, incrementaldecoder=idec,
                            streamwriter=sw, streamreader=sr, **kw)


def _simple(name, module, encode, decode, text=True):
    # A codec without state: each call codes all it is given.
    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    if not text:
        # A bytes-to-bytes codec's reader buffers bytes.
        StreamReader.charbuffertype = bytes
    c = Codec()
    return _info(name, c.encode, c.decode, IncrementalEncoder, IncrementalDecoder,
                 StreamWriter, StreamReader, module, text)


# -- charmap codecs -------------------------------------------------------------

def _charmap(module):
    import _charmap_tables as t
    if module in t.TABLES:
        table = ''.join(map(chr, range(128))) + t.TABLES[module]
    else:
        table = ''.join(t.FULL[module])
    encoding_table = _codecs.charmap_build(table)

    def encode(input, errors='strict'):
        return _codecs.charmap_encode(input, errors, encoding_table)

    def decode(input, errors='strict'):
        return _codecs.charmap_decode(input, errors, table)
    return _simple(t.NAMES[module], module, encode, decode)


def _charmap_plain():
    return _simple('charmap', 'charmap', _codecs.charmap_encode, _codecs.charmap_decode)


# -- utf-7 ----------------------------------------------------------------------

def _utf_7():
    def decode(input, errors='strict'):
        return _codecs.utf_7_decode(input, errors, True)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return _codecs.utf_7_encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return _codecs.utf_7_decode(input, errors, final)

    class StreamWriter(codecs.StreamWriter):
        def encode(self, input, errors='strict'):
            return _codecs.utf_7_encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def decode(self, input, errors='strict', final=False):
            return _codecs.utf_7_decode(input, errors, final)

    return _info('utf-7', _codecs.utf_7_encode, decode, IncrementalEncoder,
                 IncrementalDecoder, StreamWriter, StreamReader, 'utf_7')


# -- punycode (RFC 3492) ------------------------------------------------------------

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'


def _adapt(delta, first, numchars):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numchars
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    if k <= bias + _TMIN:
        return _TMIN
    if k >= bias + _TMAX:
        return _TMAX
    return k - bias


def _punycode_encode(text):
    basic = bytes(ord(c) for c in text if ord(c) < 128)
    out = bytearray(basic)
    if basic:
        out.append(0x2d)
    n, delta, bias = 128, 0, 72
    handled = len(basic)
    first = True
    while handled < len(text):
        m = min(ord(c) for c in text if ord(c) >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in text:
            c = ord(c)
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                handled += 1
                bias = _adapt(delta, first, handled)
                first = False
                delta = 0
        delta += 1
        n += 1
    return bytes(out)


def _punycode_decode(data, errors):
    if isinstance(data, str):
        data = data.encode('ascii')
    data = bytes(memoryview(data))
    pos = data.rfind(b'-')
    if pos == -1:
        base, ext = '', data.upper()
    else:
        try:
            base = str(data[:pos], 'ascii', errors)
        except UnicodeDecodeError:
            base = str(data[:pos], 'ascii', 'strict')
        ext = data[pos + 1:].upper()
    chars = list(base)
    n, i, bias = 128, 0, 72
    pos = 0
    first = True
    while pos < len(ext):
        old_i = i
        w = 1
        k = _BASE
        while True:
            if pos >= len(ext):
                if errors == 'strict':
                    raise UnicodeError('incomplete punicode string')
                return ''.join(chars)
            c = ext[pos]
            pos += 1
            if 0x41 <= c <= 0x5a:
                digit = c - 0x41
            elif 0x30 <= c <= 0x39:
                digit = c - 22
            else:
                if errors == 'strict':
                    raise UnicodeError("Invalid extended code point '%s'" % chr(c))
                return ''.join(chars)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - old_i, first, len(chars) + 1)
        first = False
        n += i // (len(chars) + 1)
        if n > 0x10ffff:
            if errors == 'strict':
                raise UnicodeError('Invalid character U+%x' % n)
            n = ord('?')
        i %= len(chars) + 1
        chars.insert(i, chr(n))
        i += 1
    return ''.join(chars)


def _punycode():
    def encode(input, errors='strict'):
        return (_punycode_encode(input), len(input))

    def decode(input, errors='strict'):
        if errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError('Unsupported error handling ' + errors)
        return (_punycode_decode(input, errors), len(input))
    return _simple('punycode', 'punycode', encode, decode)


# -- idna (RFC 3490, nameprep of RFC 3491) ------------------------------------------

# Table B.1 of RFC 3454: characters nameprep maps to nothing.
_B1 = frozenset([0xad, 0x34f, 0x1806, 0x180b, 0x180c, 0x180d, 0x200b, 0x200c,
                 0x200d, 0x2060, 0xfeff] + list(range(0xfe00, 0xfe10)))
_DOTS = '.\u3002\uff0e\uff61'


def _prohibited(c):
    # The prohibited tables of RFC 3454 (C.1.2 to C.9), by their Unicode 3.2
    # properties, and the unassigned code points (A.1).
    from unicodedata import ucd_3_2_0 as ucd
    n = ord(c)
    cat = ucd.category(c)
    if cat in ('Cn', 'Cs', 'Co', 'Cc', 'Zl', 'Zp') or (cat == 'Zs' and n != 0x20):
        return True
    if 0xfdd0 <= n <= 0xfdef or (n & 0xfffe) == 0xfffe:
        return True
    return n in (0x340, 0x341, 0x200e, 0x200f, 0x6dd, 0x70f, 0x180e, 0xfeff) or \
        0x202a <= n <= 0x202e or 0x206a <= n <= 0x206f or 0x2ff0 <= n <= 0x2ffb or \
        0xfff9 <= n <= 0xfffd or 0x1d173 <= n <= 0x1d17a or n == 0xe0001 or \
        0xe0020 <= n <= 0xe007f or 0x2060 <= n <= 0x2063


def _nameprep(label):
    from unicodedata import ucd_3_2_0 as ucd
    mapped = ''.join('' if ord(c) in _B1 else c.casefold() for c in label)
    label = ucd.normalize('NFKC', mapped)
    for c in label:
        if _prohibited(c):
            raise UnicodeError('Invalid character %r' % c)
    bidi = [ucd.bidirectional(c) for c in label]
    if any(b in ('R', 'AL') for b in bidi):
        if any(b == 'L' for b in bidi):
            raise UnicodeError('Violation of BIDI requirement 2')
        if bidi[0] not in ('R', 'AL') or bidi[-1] not in ('R', 'AL'):
            raise UnicodeError('Violation of BIDI requirement 3')
    return label


def _to_ascii(label):
    try:
        raw = label.encode('ascii')
    except UnicodeError:
        label = _nameprep(label)
        try:
            raw = label.encode('ascii')
        except UnicodeError:
            if label.lower().startswith('xn--'):
                raise UnicodeError('Label starts with ACE prefix')
            raw = b'xn--' + _punycode_encode(label)
    if 0 < len(raw) < 64:
        return raw
    raise UnicodeError('label empty or too long')


def _to_unicode(label):
    if len(label) > 1024:
        raise UnicodeError('label way too long')
    if isinstance(label, bytes):
        ascii_label = label
    else:
        try:
            ascii_label = label.encode('ascii')
        except UnicodeError:
            label = _nameprep(label)
            try:
                ascii_label = label.encode('ascii')
            except UnicodeError:
                raise UnicodeError('Invalid character in IDN label')
    if not ascii_label[:4].lower() == b'xn--':
        return str(ascii_label, 'ascii')
    result = _punycode_decode(ascii_label[4:], 'strict')
    back = _to_ascii(result)
    if str(ascii_label, 'ascii').lower() != str(back, 'ascii'):
        raise UnicodeError('IDNA does not round-trip', ascii_label, back)
    return result


def _idna_encode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError('unsupported error handling ' + errors)
    if not input:
        return (b'', 0)
    try:
        raw = input.encode('ascii')
    except UnicodeEncodeError:
        pass
    else:
        labels = raw.split(b'.')
        for label in labels[:-1]:
            if not 0 < len(label) < 64:
                raise UnicodeError('label empty or too long')
        if len(labels[-1]) >= 64:
            raise UnicodeError('label too long')
        return (raw, len(input))
    dotted = input
    for d in _DOTS[1:]:
        dotted = dotted.replace(d, '.')
    labels = dotted.split('.')
    trailing = b''
    if labels and not labels[-1]:
        trailing = b'.'
        del labels[-1]
    return (b'.'.join(_to_ascii(label) for label in labels) + trailing, len(input))


def _idna_decode(input, errors='strict'):
    if errors != 'strict':
        raise UnicodeError('Unsupported error handling ' + errors)
    if not input:
        return ('', 0)
    if isinstance(input, str):
        labels_src = input
        for d in _DOTS[1:]:
            labels_src = labels_src.replace(d, '.')
        labels = labels_src.split('.')
    else:
        input = bytes(memoryview(input))
        if b'xn--' not in input.lower():
            try:
                return (input.decode('ascii'), len(input))
            except UnicodeDecodeError:
                pass
        labels = input.split(b'.')
    trailing = ''
    if labels and len(labels[-1]) == 0:
        trailing = '.'
        del labels[-1]
    return ('.'.join(_to_unicode(label) for label in labels) + trailing, len(input))


def _idna_labels(input, final):
    # The labels of a partial input that can be coded now: all when final, else
    # those a dot ends (the last may grow); with the dot that follows them.
    for d in _DOTS[1:]:
        input = input.replace(d, '.')
    labels = input.split('.')
    trailing = False
    if labels and not labels[-1]:
        trailing = True
        del labels[-1]
    elif not final:
        del labels[-1]
        trailing = bool(labels)
    return labels, trailing


def _idna():
    info = _simple('idna', 'idna', _idna_encode, _idna_decode)

    class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
        def _buffer_encode(self, input, errors, final):
            if errors != 'strict':
                raise UnicodeError('unsupported error handling ' + errors)
            if not input:
                return (b'', 0)
            labels, trailing = _idna_labels(input, final)
            out = b'.'.join(_to_ascii(label) for label in labels)
            size = sum(len(label) for label in labels) + max(len(labels) - 1, 0)
            if trailing:
                out += b'.'
                size += 1
            return (out, size)

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            if errors != 'strict':
                raise UnicodeError('Unsupported error handling ' + errors)
            if not input:
                return ('', 0)
            if not isinstance(input, str):
                input = str(input, 'ascii')
            labels, trailing = _idna_labels(input, final)
            out = '.'.join(_to_unicode(label) for label in labels)
            size = sum(len(label) for label in labels) + max(len(labels) - 1, 0)
            if trailing:
                out += '.'
                size += 1
            return (out, size)

    return _info('idna', info.encode, info.decode, IncrementalEncoder, IncrementalDecoder,
                 info.streamwriter, info.streamreader, 'idna')


def _undefined():
    def fail(input, errors='strict'):
        raise UnicodeError('undefined encoding')
    return _simple('undefined', 'undefined', fail, fail)


# -- bytes-to-bytes and str-to-str codecs --------------------------------------------

def _base64():
    import base64

    def encode(input, errors='strict'):
        assert errors == 'strict'
        return (base64.encodebytes(input), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return (base64.decodebytes(input), len(input))
    return _simple('base64', 'base64_codec', encode, decode, False)


def _hex():
    import binascii

    def encode(input, errors='strict'):
        assert errors == 'strict'
        return (binascii.b2a_hex(input), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return (binascii.a2b_hex(input), len(input))
    return _simple('hex', 'hex_codec', encode, decode, False)


def _zlib():
    import zlib

    def encode(input, errors='strict'):
        assert errors == 'strict'
        return (zlib.compress(input), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        return (zlib.decompress(input), len(input))
    return _simple('zlib', 'zlib_codec', encode, decode, False)


def _uu():
    import binascii

    def encode(input, errors='strict', filename='<data>', mode=0o666):
        assert errors == 'strict'
        data = bytes(memoryview(input))
        out = [('begin %o %s\n' % (mode & 0o777, filename)).encode('ascii')]
        for i in range(0, len(data), 45):
            out.append(binascii.b2a_uu(data[i:i + 45]))
        out.append(b' \nend\n')
        return (b''.join(out), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        lines = bytes(memoryview(input)).split(b'\n')
        i = 0
        while i < len(lines) and not lines[i].startswith(b'begin'):
            i += 1
        if i == len(lines):
            raise ValueError('Missing "begin" line in input data')
        out = []
        for line in lines[i + 1:]:
            if not line or line == b'end':
                break
            try:
                out.append(binascii.a2b_uu(line))
            except binascii.Error:
                # A line with garbage after its data (as some encoders write).
                nbytes = (((line[0] - 32) & 63) * 4 + 5) // 3
                out.append(binascii.a2b_uu(line[:nbytes]))
        else:
            raise ValueError('Truncated input data')
        return (b''.join(out), len(input))
    return _simple('uu', 'uu_codec', encode, decode, False)


def _quopri():
    import quopri
    from io import BytesIO

    def encode(input, errors='strict'):
        assert errors == 'strict'
        out = BytesIO()
        quopri.encode(BytesIO(bytes(input)), out, quotetabs=True)
        return (out.getvalue(), len(input))

    def decode(input, errors='strict'):
        assert errors == 'strict'
        out = BytesIO()
        quopri.decode(BytesIO(bytes(input)), out)
        return (out.getvalue(), len(input))
    return _simple('quopri', 'quopri_codec', encode, decode, False)


def _rot13():
    table = {}
    for a, z in ((ord('a'), ord('z')), (ord('A'), ord('Z'))):
        for c in range(a, z + 1):
            table[c] = a + (c - a + 13) % 26

    def encode(input, errors='strict'):
        return (str.translate(input, table), len(input))
    return _simple('rot-13', 'rot_13', encode, encode, False)


# Codec module name -> maker, for the codecs above but the charmap tables.
MAKERS = {
    'charmap': _charmap_plain, 'utf_7': _utf_7, 'punycode': _punycode,
    'idna': _idna, 'base64_codec': _base64, 'hex_codec': _hex,
    'zlib_codec': _zlib, 'uu_codec': _uu, 'rot_13': _rot13,
    'quopri_codec': _quopri, 'undefined': _undefined,
}

# Their aliases (encodings.aliases).
ALIASES = {
    'u7': 'utf_7', 'unicode_1_1_utf_7': 'utf_7', 'utf7': 'utf_7',
    'csunicode11utf7': 'utf_7',
    'base64': 'base64_codec', 'base_64': 'base64_codec',
    'hex': 'hex_codec', 'zip': 'zlib_codec', 'zlib': 'zlib_codec',
    'uu': 'uu_codec', 'rot13': 'rot_13',
    'quopri': 'quopri_codec', 'quotedprintable': 'quopri_codec',
    'quoted_printable': 'quopri_codec',
}


def search(module):
    """The CodecInfo of codec module `module` (an alias resolved), or None."""
    module = ALIASES.get(module, module)
    maker = MAKERS.get(module)
    if maker is not None:
        return maker()
    import _charmap_tables as t
    module = t.ALIASES.get(module, module)
    if module in t.NAMES:
        return _charmap(module)
    return None
