# `posixpath`, which is `os.path` on POSIX (CPython's Lib/posixpath.py and
# genericpath.py): pure path-string operations and the predicates that ask `stat`.
# Paths are str or bytes (the result has the argument's type) or path-like objects.
#
# Left out: `supports_unicode_filenames`, the `*_fd` forms.

import _os

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

_S_IFMT = 0o170000


def _seps(p):
    # The separator, current-dir and parent-dir spellings in the type of `p`.
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def _check_types(funcname, *args):
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, '
                            'not %r' % (funcname, type(a).__name__)) from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return _os.fspath(s)


def isabs(s):
    s = _os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = _os.fspath(a)
    s = _seps(a)[0]
    parts = [_os.fspath(x) if hasattr(x, '__fspath__') else x for x in p]
    _check_types('join', a, *parts)
    path = a
    for b in parts:
        if b.startswith(s):
            path = b
        elif not path or path.endswith(s):
            path += b
        else:
            path += s + b
    return path


def split(p):
    p = _os.fspath(p)
    s = _seps(p)[0]
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = _os.fspath(p)
    if isinstance(p, bytes):
        s, dot = b'/', b'.'
    else:
        s, dot = '/', '.'
    sep_index = p.rfind(s)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A leading run of dots in the last component is not an extension.
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = _os.fspath(p)
    return p[:0], p


def basename(p):
    p = _os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = _os.fspath(p)
    s = _seps(p)[0]
    head = p[:p.rfind(s) + 1]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def normpath(path):
    path = _os.fspath(path)
    s, dot, dotdot = _seps(path)
    if not path:
        return dot
    # POSIX keeps exactly two leading slashes (implementation-defined), else one.
    initial = 0
    if path.startswith(s):
        initial = 1
        if path.startswith(s * 2) and not path.startswith(s * 3):
            initial = 2
    comps = []
    for comp in path.split(s):
        if not comp or comp == dot:
            continue
        if comp != dotdot or (not initial and not comps) or (comps and comps[-1] == dotdot):
            comps.append(comp)
        elif comps:
            comps.pop()
    path = s * initial + s.join(comps)
    return path or dot


def _getcwd(as_bytes):
    # Through the `os` module, as CPython's posixpath calls os.getcwd(): a
    # program (or a test) that replaces os.getcwd is seen here.
    import sys
    os = sys.modules.get('os')
    if os is None:
        return _os.getcwdb() if as_bytes else _os.getcwd()
    return os.getcwdb() if as_bytes else os.getcwd()


def abspath(path):
    path = _os.fspath(path)
    if not isabs(path):
        cwd = _getcwd(isinstance(path, bytes))
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = _os.fspath(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    # Appends the components of `rest` to the already resolved `path`, following
    # each symbolic link met (its target resolved the same way, recursively).
    # `seen` maps a link to what it resolved to, or None while it is being
    # resolved (a loop). Returns (path, True), or (path with the unresolved rest,
    # False) when a loop stops it outside strict mode.
    s, dot, dotdot = _seps(rest)
    if rest.startswith(s):
        rest = rest[1:]
        path = s
    while rest:
        name, _, rest = rest.partition(s)
        if not name or name == dot:
            continue
        if name == dotdot:
            if path:
                path, last = split(path)
                if last == dotdot:
                    path = join(path, dotdot, dotdot)
            else:
                path = dotdot
            continue
        candidate = join(path, name)
        try:
            mode = _os.lstat(candidate)[0]
        except OSError:
            if strict:
                raise
            mode = 0
        if mode & _S_IFMT != 0o120000:
            path = candidate
            continue
        if candidate in seen:
            known = seen[candidate]
            if known is not None:
                path = known
                continue
            if strict:
                _os.stat(candidate)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, _os.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = _os.fspath(path)
    s, dot, dotdot = _seps(path)
    if start is None:
        start = dot
    else:
        start = _os.fspath(start)
    _check_types('relpath', path, start)
    start_list = [x for x in abspath(start).split(s) if x]
    path_list = [x for x in abspath(path).split(s) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dotdot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(_os.fspath, paths))
    _check_types('commonpath', *paths)
    s, dot, _ = _seps(paths[0])
    split_paths = [p.split(s) for p in paths]
    try:
        isabs_, = set(p[:1] == s for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in sp if c and c != dot] for sp in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = s if isabs_ else s[:0]
    return prefix + s.join(common)


def expanduser(path):
    path = _os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    s = _seps(path)[0]
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        # `~`: $HOME, else the current user's home directory in the password
        # database.
        home = None
        for k, v in _os.environ_items():
            if k == 'HOME':
                home = v
        if home is None:
            import pwd
            try:
                home = pwd.getpwuid(_os.getuid()).pw_dir
            except KeyError:
                return path
    else:
        # `~user`: that user's home directory, if the database knows the user.
        import pwd
        name = path[1:i]
        if isinstance(name, bytes):
            name = name.decode('utf-8', 'surrogateescape')
        try:
            home = pwd.getpwnam(name).pw_dir
        except KeyError:
            return path
    if isinstance(path, bytes):
        home = home.encode('utf-8', 'surrogateescape')
    home = home.rstrip(s)
    return (home + path[i:]) or s


def expandvars(path):
    path = _os.fspath(path)
    if isinstance(path, bytes):
        # Bytes: names are ASCII word characters and the values come from the
        # environment as bytes (os.environb); worked on as Latin-1 text, one
        # character per byte.
        if b'$' not in path:
            return path
        env = {k.encode('utf-8', 'surrogateescape').decode('latin-1'):
               v.encode('utf-8', 'surrogateescape').decode('latin-1')
               for k, v in _os.environ_items()}
        return _expandvars(path.decode('latin-1'), env, True).encode('latin-1')
    if '$' not in path:
        return path
    return _expandvars(path, dict(_os.environ_items()), False)


def _expandvars(path, env, ascii_names):
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            end = j + 1
        else:
            j = i + 1
            while j < n and (path[j].isalnum() or path[j] == '_') and (
                    not ascii_names or path[j].isascii()):
                j += 1
            name = path[i + 1:j]
            end = j
        if name and name in env:
            out.append(env[name])
        else:
            out.append(path[i:end])
        i = end
    return ''.join(out)


def _mode(path, follow=True):
    try:
        if isinstance(path, int):
            # An open descriptor stands for its file (fstat).
            return _os.fstat(path)
        return _os.stat(path) if follow else _os.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, False) is not None


def isfile(path):
    st = _mode(path)
    return st is not None and st[0] & _S_IFMT == 0o100000


def isdir(s):
    st = _mode(s)
    return st is not None and st[0] & _S_IFMT == 0o040000


def islink(path):
    st = _mode(path, False)
    return st is not None and st[0] & _S_IFMT == 0o120000


def ismount(path):
    # A mount point: a directory (not a symbolic link) on another device than
    # its parent, or the same inode as its parent (the root).
    try:
        st = _os.lstat(path)
    except (OSError, ValueError):
        return False
    if st[0] & _S_IFMT == 0o120000:
        return False
    path = _os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    parent = realpath(parent)
    try:
        pst = _os.lstat(parent)
    except (OSError, ValueError):
        return False
    return st[2] != pst[2] or st[1] == pst[1]


def getsize(filename):
    return _os.stat(filename)[6]


def getatime(filename):
    return _os.stat(filename)[10]


def getmtime(filename):
    return _os.stat(filename)[11]


def getctime(filename):
    return _os.stat(filename)[12]


def samefile(f1, f2):
    s1 = _os.stat(f1)
    s2 = _os.stat(f2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def sameopenfile(fp1, fp2):
    s1 = _os.fstat(fp1)
    s2 = _os.fstat(fp2)
    return s1[1] == s2[1] and s1[2] == s2[2]


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
