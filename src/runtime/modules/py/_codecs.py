# `_codecs` (the part of CPython's Modules/_codecsmodule.c that pickles name):
# encode() and decode() between str and bytes with a text encoding, through
# str.encode and bytes.decode. Compiled from this source at first import.


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s"
                        % type(obj).__name__)
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    return bytes(obj).decode(encoding, errors)
