# `binascii` (written from the documented behaviour of CPython's C module):
# hexadecimal (hexlify/b2a_hex, unhexlify/a2b_hex), base64 (b2a_base64,
# a2b_base64 with strict_mode), uuencode (b2a_uu, a2b_uu), quoted-printable
# (a2b_qp, b2a_qp), the CRC-32 of zlib
# (crc32) and CRC-CCITT (crc_hqx), with the Error and Incomplete exceptions.
# This half checks and converts the arguments and raises the errors; the loops over
# the bytes are native (`_mempy_binascii`, `_mempy_zlib.crc32`), as CPython's are C.
# Compiled from this source at first import.
#

import _mempy_binascii as _native
import _mempy_zlib


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"


def _bytes_like(data):
    # The argument of an encoder: any bytes-like object.
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _ascii_data(data):
    # The argument of a decoder: bytes-like, or a str of ASCII characters.
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    try:
        return _bytes_like(data)
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_like(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


b2a_hex = hexlify

def unhexlify(hexstr):
    out = _native.unhexlify(_ascii_data(hexstr))
    if isinstance(out, str):
        raise Error(out)
    return out


a2b_hex = unhexlify

def b2a_base64(data, *, newline=True):
    return _native.b64encode(_bytes_like(data), bool(newline))


def a2b_base64(data, *, strict_mode=False):
    out = _native.b64decode(_ascii_data(data), bool(strict_mode))
    if isinstance(out, str):
        raise Error(out)
    return out


def b2a_uu(data, *, backtick=False):
    data = _bytes_like(data)
    if len(data) > 45:
        raise Error("At most 45 bytes at once")

    def char(v):
        return 0x60 if backtick and v == 0 else 0x20 + v

    out = bytearray([char(len(data))])
    padded = data + b"\0" * (-len(data) % 3)
    for i in range(0, len(padded), 3):
        n = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes(char((n >> s) & 63) for s in (18, 12, 6, 0))
    out += b"\n"
    return bytes(out)


def a2b_uu(data):
    out = _native.a2b_uu(_ascii_data(data))
    if isinstance(out, str):
        raise Error(out)
    return out


def a2b_qp(data, header=False):
    return _native.a2b_qp(_ascii_data(data), bool(header))


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    return _native.b2a_qp(_bytes_like(data), bool(quotetabs), bool(istext), bool(header))


def crc32(data, crc=0):
    return _mempy_zlib.crc32(_bytes_like(data), crc & 0xFFFFFFFF)


def crc_hqx(data, crc):
    return _native.crc_hqx(_bytes_like(data), crc & 0xFFFF)
