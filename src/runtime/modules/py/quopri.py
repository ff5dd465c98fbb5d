# `quopri` (stands in for CPython's module of that name): quoted-printable
# encoding and decoding of binary files and bytes (RFC 1521), written for mempy
# from the documented interface. The work is done by binascii's b2a_qp/a2b_qp;
# when a program sets the module's `b2a_qp`/`a2b_qp` to None, the line-by-line
# coder below is used instead, as CPython's module falls back to its own.
# `mempy -m quopri [-t | -d] [file ...]` runs the command line. Compiled from this
# source at first import.

__all__ = ["encode", "decode", "encodestring", "decodestring"]

try:
    from binascii import a2b_qp, b2a_qp
except ImportError:
    a2b_qp = None
    b2a_qp = None

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''


def needsquoting(c, quotetabs, header):
    """Whether the single byte `c` (a bytes object) must be written as =XX:
    '=' and bytes outside the printable ASCII range always, space and tab when
    quotetabs is true, '_' in a header."""
    assert isinstance(c, bytes)
    if c in b' \t':
        return quotetabs
    if c == b'_':
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


def quote(c):
    """The =XX form of the single byte `c`."""
    assert isinstance(c, bytes) and len(c) == 1
    n = ord(c)
    return ESCAPE + bytes((HEX[n >> 4], HEX[n & 15]))


def _encode_line(body, quotetabs, header):
    """The encoded pieces of one line (without its newline): one per byte."""
    pieces = []
    for i in range(len(body)):
        c = body[i:i + 1]
        if needsquoting(c, quotetabs, header):
            pieces.append(quote(c))
        elif header and c == b' ':
            pieces.append(b'_')
        else:
            pieces.append(c)
    # White space at the end of a line would be lost in transport: quote it.
    if pieces and pieces[-1] in (b' ', b'\t'):
        pieces[-1] = quote(pieces[-1])
    return pieces


def _soft_wrapped(pieces):
    """The encoded line cut into lines of at most MAXLINESIZE characters, each
    cut marked by a soft line break ('=' at the end); an escape is never split."""
    lines = []
    current = []
    length = 0
    remaining = sum(len(p) for p in pieces)
    for p in pieces:
        # Cut only while the rest does not fit, and where the next piece would
        # leave no room for the '='.
        if length + remaining > MAXLINESIZE and length + len(p) > MAXLINESIZE - 1:
            lines.append(EMPTYSTRING.join(current) + ESCAPE)
            current = []
            length = 0
        current.append(p)
        length += len(p)
        remaining -= len(p)
    lines.append(EMPTYSTRING.join(current))
    return lines


def encode(input, output, quotetabs, header=False):
    """Read the binary file `input` and write its quoted-printable encoding to the
    binary file `output`. quotetabs says whether embedded spaces and tabs are
    quoted (those at the end of a line always are); header encodes spaces as '_'
    as in RFC 1522 headers."""
    if b2a_qp is not None:
        data = input.read()
        output.write(b2a_qp(data, quotetabs=quotetabs, header=header))
        return
    while True:
        line = input.readline()
        if not line:
            break
        newline = b''
        if line.endswith(b'\n'):
            line = line[:-1]
            newline = b'\n'
        lines = _soft_wrapped(_encode_line(line, quotetabs, header))
        output.write(b'\n'.join(lines) + newline)


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable encoding of the bytes `s`."""
    if b2a_qp is not None:
        return b2a_qp(s, quotetabs=quotetabs, header=header)
    from io import BytesIO
    infp = BytesIO(s)
    outfp = BytesIO()
    encode(infp, outfp, quotetabs, header)
    return outfp.getvalue()


def ishex(c):
    """Whether the single byte `c` is a hexadecimal digit."""
    assert isinstance(c, bytes)
    return c in b'0123456789abcdefABCDEF' and len(c) == 1


def unhex(s):
    """The value of the hexadecimal digits `s`."""
    return int(s.decode('ascii'), 16)


def decode(input, output, header=False):
    """Read the quoted-printable binary file `input` and write the decoded bytes
    to the binary file `output`; with header, '_' stands for a space."""
    if a2b_qp is not None:
        data = input.read()
        output.write(a2b_qp(data, header=header))
        return
    pending = b''
    while True:
        line = input.readline()
        if not line:
            break
        end = len(line)
        soft = True
        if line.endswith(b'\n'):
            soft = False
            end -= 1
            # Trailing white space was added in transport.
            while end > 0 and line[end - 1:end] in b' \t\r':
                end -= 1
        i = 0
        while i < end:
            c = line[i:i + 1]
            if c == b'_' and header:
                pending += b' '
                i += 1
            elif c != ESCAPE:
                pending += c
                i += 1
            elif i + 1 == end and not soft:
                # '=' at the end of the line: a soft line break.
                soft = True
                break
            elif i + 1 < end and line[i + 1:i + 2] == ESCAPE:
                pending += ESCAPE
                i += 2
            elif (i + 2 < end and ishex(line[i + 1:i + 2])
                  and ishex(line[i + 2:i + 3])):
                pending += bytes((unhex(line[i + 1:i + 3]),))
                i += 3
            else:
                # Not an escape after all: kept as it is.
                pending += c
                i += 1
        if not soft:
            output.write(pending + b'\n')
            pending = b''
    if pending:
        output.write(pending)


def decodestring(s, header=False):
    """The bytes the quoted-printable bytes `s` encode."""
    if a2b_qp is not None:
        return a2b_qp(s, header=header)
    from io import BytesIO
    infp = BytesIO(s)
    outfp = BytesIO()
    decode(infp, outfp, header=header)
    return outfp.getvalue()


def main():
    """The command line: encode (or with -d decode) each file, or stdin, onto
    stdout; -t quotes tabs."""
    import sys
    args = sys.argv[1:]
    usage = ("usage: quopri [-t | -d] [file] ...\n"
             "-t: quote tabs\n"
             "-d: decode; default encode")
    deco = tabs = False
    while args and args[0].startswith('-') and args[0] != '-':
        word = args.pop(0)
        if word == '--':
            break
        for letter in word[1:]:
            if letter == 't':
                tabs = True
            elif letter == 'd':
                deco = True
            else:
                sys.stdout = sys.stderr
                print('option -%s not recognized' % letter)
                print(usage)
                sys.exit(2)
    if tabs and deco:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    status = 0
    for name in args or ['-']:
        if name == '-':
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if name != '-':
                fp.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
