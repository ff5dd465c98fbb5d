# `uu` (stands in for CPython's module of that name, deprecated in 3.11): uuencode
# and uudecode files, written for mempy from the documented interface; the lines
# are coded by binascii's b2a_uu/a2b_uu. Importing it warns, as CPython 3.11's
# does. Not provided: the command line (`python -m uu`, built on optparse, which
# mempy does not have). Compiled from this source at first import.

import binascii
import os
import sys
import warnings

__all__ = ["Error", "encode", "decode"]

warnings.warn("%r is deprecated and slated for removal in Python 3.13"
              % __name__, DeprecationWarning, stacklevel=2)

# Bytes of data per encoded line (60 characters of uuencode).
_LINE_BYTES = 45


class Error(Exception):
    pass


def _open_input(in_file):
    """(binary file, whether we opened it) for a file object, '-' or a path."""
    if in_file == '-':
        return sys.stdin.buffer, False
    if isinstance(in_file, str):
        return open(in_file, 'rb'), True
    return in_file, False


def encode(in_file, out_file, name=None, mode=None, *, backtick=False):
    """uuencode `in_file` (a binary file, a path, or '-' for stdin) onto
    `out_file` (likewise, '-' for stdout), announcing it as `name` with the
    permission bits `mode` (by default those of the input path, else 0o666)."""
    closers = []
    try:
        if in_file == '-':
            src = sys.stdin.buffer
        elif isinstance(in_file, str):
            if name is None:
                name = os.path.basename(in_file)
            if mode is None:
                try:
                    mode = os.stat(in_file).st_mode
                except AttributeError:
                    pass
            src = open(in_file, 'rb')
            closers.append(src)
        else:
            src = in_file
        if out_file == '-':
            dst = sys.stdout.buffer
        elif isinstance(out_file, str):
            dst = open(out_file, 'wb')
            closers.append(dst)
        else:
            dst = out_file
        if name is None:
            name = '-'
        if mode is None:
            mode = 0o666
        # A name may not break the header line.
        name = name.replace('\n', '\\n').replace('\r', '\\r')
        dst.write(('begin %o %s\n' % (mode & 0o777, name)).encode('ascii'))
        while True:
            chunk = src.read(_LINE_BYTES)
            if not chunk:
                break
            dst.write(binascii.b2a_uu(chunk, backtick=backtick))
        dst.write(b'`\nend\n' if backtick else b' \nend\n')
    finally:
        for f in closers:
            f.close()


def _header(src):
    """Skip to the 'begin MODE NAME' line; its (mode, name) fields as bytes."""
    while True:
        line = src.readline()
        if not line:
            raise Error('No valid begin line found in input file')
        if not line.startswith(b'begin'):
            continue
        fields = line.split(b' ', 2)
        if len(fields) == 3 and fields[0] == b'begin':
            try:
                int(fields[1], 8)
            except ValueError:
                continue
            return fields[1], fields[2]


def _unsafe_path(path):
    """Whether writing to `path` could leave the current directory."""
    seps = [os.sep] + ([os.altsep] if os.altsep else [])
    for sep in seps:
        if path.startswith(sep) or ('..' + sep) in path:
            return True
    return False


def decode(in_file, out_file=None, mode=None, quiet=False):
    """uudecode `in_file` (a binary file, a path, or '-' for stdin) into
    `out_file` (by default the file named in the header, which must not exist
    yet nor lie outside the current directory; '-' for stdout), then give it
    `mode` (by default the header's)."""
    closers = []
    try:
        src, opened = _open_input(in_file)
        if opened:
            closers.append(src)
        mode_field, name_field = _header(src)
        if out_file is None:
            out_file = name_field.rstrip(b' \t\r\n\f').decode('ascii')
            if os.path.exists(out_file):
                raise Error('Cannot overwrite existing file: %s' % out_file)
            if _unsafe_path(out_file):
                raise Error('Refusing to write to %s due to directory traversal'
                            % out_file)
        if mode is None:
            mode = int(mode_field, 8)
        if out_file == '-':
            dst = sys.stdout.buffer
        elif isinstance(out_file, str):
            dst = open(out_file, 'wb')
            os.chmod(out_file, mode)
            closers.append(dst)
        else:
            dst = out_file
        line = src.readline()
        while line and line.strip(b' \t\r\n\f') != b'end':
            try:
                data = binascii.a2b_uu(line)
            except binascii.Error as err:
                # Some encoders pad a line with garbage: decode only the
                # characters its length byte accounts for.
                used = (((line[0] - 32) & 63) * 4 + 5) // 3
                data = binascii.a2b_uu(line[:used])
                if not quiet:
                    sys.stderr.write('Warning: %s\n' % err)
            dst.write(data)
            line = src.readline()
        if not line:
            raise Error('Truncated input file')
    finally:
        for f in closers:
            f.close()
