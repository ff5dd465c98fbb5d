# `grp` (CPython's Modules/grpmodule.c): the group database, as struct_group
# records. CPython asks the C library (getgrnam(3), through NSS); mempy reads the
# "files" source, /etc/group (`name:passwd:gid:member,member` lines), at each
# call. Compiled from this source at first import.

__all__ = ['getgrgid', 'getgrnam', 'getgrall', 'struct_group']

_FIELDS = ('gr_name', 'gr_passwd', 'gr_gid', 'gr_mem')


class struct_group(tuple):
    """grp.struct_group: Results from getgr*() routines.

    This object may be accessed either as a tuple of
      (gr_name,gr_passwd,gr_gid,gr_mem)
    or via the object attributes as named in the above tuple."""
    # A struct sequence: a tuple of exactly four fields, with names.
    n_sequence_fields = 4
    n_fields = 4
    n_unnamed_fields = 0
    __slots__ = ()

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) != 4:
            raise TypeError('grp.struct_group() takes a 4-sequence (%d-sequence given)'
                            % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'grp.struct_group(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_group, (tuple(self),))

    gr_name = property(lambda self: self[0], doc='group name')
    gr_passwd = property(lambda self: self[1], doc='password')
    gr_gid = property(lambda self: self[2], doc='group id')
    gr_mem = property(lambda self: self[3], doc='group members')


def _entries():
    try:
        # Decoded as CPython decodes what the C library returns (the filesystem
        # encoding, undecodable bytes as surrogates).
        with open('/etc/group', 'rb') as f:
            lines = f.read().decode('utf-8', 'surrogateescape').splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        parts = line.split(':')
        if len(parts) != 4 or line.startswith(('#', '+', '-')):
            continue
        try:
            gid = int(parts[2])
        except ValueError:
            continue
        members = [m for m in parts[3].split(',') if m]
        out.append(struct_group((parts[0], parts[1], gid, members)))
    return out


def getgrgid(id):
    """Return the group database entry for the given numeric group ID."""
    if not isinstance(id, int):
        if hasattr(type(id), '__index__'):
            id = id.__index__()
        else:
            raise TypeError('gid should be integer, not %s' % type(id).__name__)
    if not -2**31 <= id < 2**32:
        raise KeyError('getgrgid(): gid not found')
    for e in _entries():
        if e[2] == id:
            return e
    raise KeyError('getgrgid(): gid not found: %d' % id)


def getgrnam(name):
    """Return the group database entry for the given group name."""
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument must be str, not %s' % type(name).__name__)
    if '\0' in name:
        raise ValueError('embedded null character')
    for e in _entries():
        if e[0] == name:
            return e
    raise KeyError('getgrnam(): name not found: %r' % name)


def getgrall():
    """Return a list of all available group entries, in arbitrary order."""
    return _entries()
