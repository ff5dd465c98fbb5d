# `binascii` (written from the documented behaviour of CPython's C module):
# hexadecimal (hexlify/b2a_hex, unhexlify/a2b_hex), base64 (b2a_base64,
# a2b_base64 with strict_mode), uuencode (b2a_uu, a2b_uu), the CRC-32 of zlib
# (crc32) and CRC-CCITT (crc_hqx), with the Error and Incomplete exceptions.
# Compiled from this source at first import.
#
# Left out: quoted-printable (a2b_qp, b2a_qp).


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

_HEXDIGITS = b"0123456789abcdefABCDEF"


def unhexlify(hexstr):
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    for c in data:
        if c not in _HEXDIGITS:
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


a2b_hex = unhexlify

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, *, newline=True):
    data = _bytes_like(data)
    out = bytearray()
    for i in range(0, len(data) - len(data) % 3, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63],
                      _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _ascii_data(data)
    if strict_mode and data[:1] == b"=":
        raise Error("Leading padding not allowed")
    out = bytearray()
    acc = 0
    quad = 0
    pads = 0
    padding_started = False
    for i, c in enumerate(data):
        if c == 0x3D:  # '='
            padding_started = True
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                # The padding completes the group: the rest is ignored (or, in
                # strict mode, must be nothing).
                if strict_mode and i + 1 < len(data):
                    raise Error("Excess data after padding")
                quad = 0
                acc = 0
                return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        acc = (acc << 6) | v
        quad += 1
        if quad == 2:
            out.append(acc >> 4)
            acc &= 0xF
        elif quad == 3:
            out.append(acc >> 2)
            acc &= 0x3
        elif quad == 4:
            out.append(acc)
            acc = 0
            quad = 0
    if quad:
        if quad == 1:
            count = len(out) // 3 * 4 + 1
            raise Error("Invalid base64-encoded string: number of data characters "
                        "(%d) cannot be 1 more than a multiple of 4" % count)
        raise Error("Incorrect padding")
    return bytes(out)


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
    data = _ascii_data(data).rstrip(b"\n\r")
    if not data:
        return b"\0" * 32
    length = (data[0] - 0x20) & 63
    out = bytearray()
    acc = 0
    bits = 0
    for c in data[1:]:
        if len(out) >= length:
            break
        if c == 0x60 or c == 0x20:
            v = 0
        elif 0x20 < c < 0x60:
            v = c - 0x20
        else:
            raise Error("Illegal char")
        acc = (acc << 6) | v
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    # Short lines are padded with zero bytes.
    out += b"\0" * (length - len(out))
    return bytes(out[:length])


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0):
    data = _bytes_like(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC32
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc):
    data = _bytes_like(data)
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc
