"""mempy's `encodings` (CPython's Lib/encodings package, flattened): the search
function `_codecs.lookup` consults first, finding the codecs mempy has natively
(utf-8, utf-8-sig, ascii, latin-1, utf-16/32 in each byte order, unicode_escape,
raw_unicode_escape) under their names and CPython's aliases, as CodecInfo
objects with incremental and stream classes. Importing it registers the search
function.
"""

import codecs
import _codecs

# Alias -> codec module name, as CPython's encodings.aliases has them for these
# codecs (the encoding names are Unicode/IANA data).
aliases = {
    '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii',
    'ansi_x3.4_1986': 'ascii', 'cp367': 'ascii', 'csascii': 'ascii',
    'ibm367': 'ascii', 'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii',
    'iso_ir_6': 'ascii', 'us': 'ascii', 'us_ascii': 'ascii',
    '8859': 'latin_1', 'cp819': 'latin_1', 'csisolatin1': 'latin_1',
    'ibm819': 'latin_1', 'iso8859': 'latin_1', 'iso8859_1': 'latin_1',
    'iso_8859_1': 'latin_1', 'iso_8859_1_1987': 'latin_1',
    'iso_ir_100': 'latin_1', 'l1': 'latin_1', 'latin': 'latin_1',
    'latin1': 'latin_1',
    'u16': 'utf_16', 'utf16': 'utf_16', 'unicodebigunmarked': 'utf_16_be',
    'utf_16be': 'utf_16_be', 'unicodelittleunmarked': 'utf_16_le',
    'utf_16le': 'utf_16_le',
    'u32': 'utf_32', 'utf32': 'utf_32', 'utf_32be': 'utf_32_be',
    'utf_32le': 'utf_32_le',
    'u8': 'utf_8', 'utf': 'utf_8', 'utf8': 'utf_8', 'utf8_ucs2': 'utf_8',
    'utf8_ucs4': 'utf_8', 'cp65001': 'utf_8',
}

# Codec module name -> the CodecInfo name CPython reports.
_names = {
    'utf_8': 'utf-8', 'utf_8_sig': 'utf-8-sig', 'ascii': 'ascii',
    'latin_1': 'iso8859-1', 'utf_16': 'utf-16', 'utf_16_le': 'utf-16-le',
    'utf_16_be': 'utf-16-be', 'utf_32': 'utf-32', 'utf_32_le': 'utf-32-le',
    'utf_32_be': 'utf-32-be', 'unicode_escape': 'unicode-escape',
    'raw_unicode_escape': 'raw-unicode-escape',
}

_cache = {}


def normalize_encoding(encoding):
    """Normalize an encoding name: runs of non-alphanumeric characters but '.'
    become one '_' (leading and trailing ones dropped)."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, 'ascii')
    chars = []
    punct = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if punct and chars:
                chars.append('_')
            if c.isascii():
                chars.append(c)
            punct = False
        else:
            punct = True
    return ''.join(chars)


def _stateless(encode, decode):
    # The incremental and stream classes of a codec whose decoder keeps no
    # state beyond an incomplete tail.
    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    class StreamWriter(Codec, codecs.StreamWriter):
        pass

    class StreamReader(Codec, codecs.StreamReader):
        pass

    return Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader


def _utf_sig(width, plain_encode, ex_decode):
    # utf-16 and utf-32: the encoder writes the byte-order mark once; the
    # decoder reads one at the start and keeps its byte order.
    encode = getattr(_codecs, 'utf_%d_encode' % (width * 8))
    decode = getattr(_codecs, 'utf_%d_decode' % (width * 8))

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def __init__(self, errors='strict'):
            codecs.IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            if self.started:
                return plain_encode(input, self.errors)[0]
            self.started = True
            return encode(input, self.errors)[0]

        def reset(self):
            codecs.IncrementalEncoder.reset(self)
            self.started = False

        def getstate(self):
            return 0 if self.started else 2

        def setstate(self, state):
            self.started = not state

    class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            codecs.BufferedIncrementalDecoder.__init__(self, errors)
            self.byteorder = 0

        def _buffer_decode(self, input, errors, final):
            text, consumed, order = ex_decode(input, errors, self.byteorder, final)
            if consumed >= width or final:
                self.byteorder = order
            return (text, consumed)

        def reset(self):
            codecs.BufferedIncrementalDecoder.reset(self)
            self.byteorder = 0

    class StreamWriter(codecs.StreamWriter):
        def __init__(self, stream, errors='strict'):
            codecs.StreamWriter.__init__(self, stream, errors)
            self.started = False

        def encode(self, input, errors='strict'):
            if self.started:
                return plain_encode(input, errors)
            self.started = True
            return encode(input, errors)

    class StreamReader(codecs.StreamReader):
        def __init__(self, stream, errors='strict'):
            codecs.StreamReader.__init__(self, stream, errors)
            self.byteorder = 0

        def decode(self, input, errors='strict', final=False):
            text, consumed, order = ex_decode(input, errors, self.byteorder, final)
            if consumed >= width or final:
                self.byteorder = order
            return (text, consumed)

    return (encode, decode, IncrementalEncoder, IncrementalDecoder,
            StreamWriter, StreamReader)


def _utf_8_sig_encode(input, errors='strict'):
    return (codecs.BOM_UTF8 + _codecs.utf_8_encode(input, errors)[0], len(input))


def _utf_8_sig_decode(input, errors='strict', final=False):
    data = bytes(memoryview(input))
    prefix = 0
    if data[:3] == codecs.BOM_UTF8:
        prefix = 3
    elif not final and codecs.BOM_UTF8.startswith(data):
        return ('', 0)
    text, consumed = _codecs.utf_8_decode(data[prefix:], errors, final)
    return (text, consumed + prefix)


def _make(module):
    name = _names[module]
    if module in ('utf_16', 'utf_32'):
        width = 2 if module == 'utf_16' else 4
        plain_encode = getattr(_codecs, module + '_le_encode')
        ex_decode = getattr(_codecs, module + '_ex_decode')
        enc, dec, ienc, idec, sw, sr = _utf_sig(width, plain_encode, ex_decode)
    else:
        if module == 'utf_8_sig':
            enc, dec = _utf_8_sig_encode, _utf_8_sig_decode
        else:
            enc = getattr(_codecs, module + '_encode')
            dec = getattr(_codecs, module + '_decode')
        _, ienc, idec, sw, sr = _stateless(enc, dec)
        if module == 'utf_8_sig':
            class ienc(codecs.IncrementalEncoder):
                def __init__(self, errors='strict'):
                    codecs.IncrementalEncoder.__init__(self, errors)
                    self.first = True

                def encode(self, input, final=False):
                    if self.first:
                        self.first = False
                        return _utf_8_sig_encode(input, self.errors)[0]
                    return _codecs.utf_8_encode(input, self.errors)[0]

                def reset(self):
                    self.first = True

            class idec(codecs.BufferedIncrementalDecoder):
                def __init__(self, errors='strict'):
                    codecs.BufferedIncrementalDecoder.__init__(self, errors)
                    self.first = True

                def _buffer_decode(self, input, errors, final):
                    if self.first:
                        text, consumed = _utf_8_sig_decode(input, errors, final)
                        if consumed >= 3 or (final and consumed) or \
                                not codecs.BOM_UTF8.startswith(bytes(input)[:3]):
                            self.first = False
                        return (text, consumed)
                    return _codecs.utf_8_decode(input, errors, final)

                def reset(self):
                    codecs.BufferedIncrementalDecoder.reset(self)
                    self.first = True
    # The stateless decode function decodes all it is given (CPython's
    # encodings modules pass final=True).
    stateful_decode = dec

    def dec(input, errors='strict'):
        return stateful_decode(input, errors, True)
    dec.__name__ = dec.__qualname__ = 'decode'
    for cls, cname in ((ienc, 'IncrementalEncoder'), (idec, 'IncrementalDecoder'),
                       (sw, 'StreamWriter'), (sr, 'StreamReader')):
        cls.__module__ = 'encodings.' + module
        cls.__name__ = cls.__qualname__ = cname
    return codecs.CodecInfo(name=name, encode=enc, decode=dec,
                            incrementalencoder=ienc, incrementaldecoder=idec,
                            streamwriter=sw, streamreader=sr)


def search_function(encoding):
    """The codec registry's search function for the codecs above."""
    norm = normalize_encoding(encoding).lower()
    module = aliases.get(norm) or aliases.get(norm.replace('.', '_')) or norm
    if module not in _names:
        # The codecs written in Python, loaded at the first such lookup.
        try:
            return _cache[module]
        except KeyError:
            pass
        import _codecs_more
        info = _codecs_more.search(module)
        if info is not None:
            _cache[module] = info
        return info
    try:
        return _cache[module]
    except KeyError:
        info = _cache[module] = _make(module)
        return info


codecs.register(search_function)
