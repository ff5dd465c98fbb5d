# `pwd` (CPython's Modules/pwdmodule.c): the password database, as struct_passwd
# records. CPython asks the C library (getpwnam(3), which goes through NSS); mempy
# reads the database the "files" NSS source holds, /etc/passwd, at each call:
# `name:passwd:uid:gid:gecos:dir:shell` lines. Compiled from this source at first
# import.

__all__ = ['getpwuid', 'getpwnam', 'getpwall', 'struct_passwd']

_FIELDS = ('pw_name', 'pw_passwd', 'pw_uid', 'pw_gid', 'pw_gecos', 'pw_dir',
           'pw_shell')


class struct_passwd(tuple):
    """pwd.struct_passwd: Results from getpw*() routines.

    This object may be accessed either as a tuple of
      (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
    or via the object attributes as named in the above tuple."""
    # A struct sequence: a tuple of exactly seven fields, with names.
    n_sequence_fields = 7
    n_fields = 7
    n_unnamed_fields = 0
    __slots__ = ()

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        if len(seq) != 7:
            raise TypeError('pwd.struct_passwd() takes a 7-sequence (%d-sequence given)'
                            % len(seq))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return 'pwd.struct_passwd(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(_FIELDS, self)) + ')'

    def __reduce__(self):
        return (struct_passwd, (tuple(self),))

    pw_name = property(lambda self: self[0], doc='user name')
    pw_passwd = property(lambda self: self[1], doc='password')
    pw_uid = property(lambda self: self[2], doc='user id')
    pw_gid = property(lambda self: self[3], doc='group id')
    pw_gecos = property(lambda self: self[4], doc='real name')
    pw_dir = property(lambda self: self[5], doc='home directory')
    pw_shell = property(lambda self: self[6], doc='shell program')


def _entries():
    try:
        # Decoded as CPython decodes what the C library returns (the filesystem
        # encoding, undecodable bytes as surrogates).
        with open('/etc/passwd', 'rb') as f:
            lines = f.read().decode('utf-8', 'surrogateescape').splitlines()
    except OSError:
        return []
    out = []
    for line in lines:
        parts = line.split(':')
        if len(parts) != 7 or line.startswith(('#', '+', '-')):
            continue
        try:
            uid, gid = int(parts[2]), int(parts[3])
        except ValueError:
            continue
        out.append(struct_passwd((parts[0], parts[1], uid, gid, parts[4], parts[5],
                                  parts[6])))
    return out


def getpwuid(uid, /):
    """Return the password database entry for the given numeric user ID."""
    if not isinstance(uid, int):
        if hasattr(type(uid), '__index__'):
            uid = uid.__index__()
        else:
            raise TypeError('uid should be integer, not %s' % type(uid).__name__)
    if not -2**31 <= uid < 2**32:
        raise KeyError('getpwuid(): uid not found')
    for e in _entries():
        if e[2] == uid:
            return e
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpwnam(name, /):
    """Return the password database entry for the given user name."""
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s' % type(name).__name__)
    if '\0' in name:
        raise ValueError('embedded null character')
    for e in _entries():
        if e[0] == name:
            return e
    raise KeyError('getpwnam(): name not found: %r' % name)


def getpwall():
    """List of all available password database entries, in arbitrary order."""
    return _entries()
