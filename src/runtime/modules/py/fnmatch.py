"""fnmatch: shell-style wildcard matching of file names ('*', '?', '[seq]', '[!seq]').

Provides: fnmatch, fnmatchcase, filter, translate (the regular-expression text
CPython 3.11 produces). Matching is done here directly, without `re`; on POSIX
fnmatch is case-sensitive, like fnmatchcase.

Omits: the per-pattern compiled-regex cache (nothing to cache).
"""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_ANY = object()
_RE_SPECIAL = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _re_escape(c):
    return '\\' + c if c in _RE_SPECIAL else c


def _class_text(stuff):
    """CPython's rendering of a bracket expression's inside (or None for an empty
    set that never matches, _ANY for any character)."""
    if '-' not in stuff:
        stuff = stuff.replace('\\', '\\\\')
    else:
        chunks = []
        start = 0
        k = 2 if stuff[:1] == '!' else 1
        while True:
            k = stuff.find('-', k)
            if k < 0:
                break
            chunks.append(stuff[start:k])
            start = k + 1
            k = k + 3
        tail = stuff[start:]
        if tail:
            chunks.append(tail)
        else:
            chunks[-1] += '-'
        k = len(chunks) - 1
        while k > 0:
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
            k -= 1
        stuff = '-'.join(c.replace('\\', '\\\\').replace('-', '\\-') for c in chunks)
    out = []
    for c in stuff:
        out.append('\\' + c if c in '&~|' else c)
    stuff = ''.join(out)
    if not stuff:
        return None
    if stuff == '!':
        return _ANY
    if stuff[0] == '!':
        return '^' + stuff[1:]
    if stuff[0] in '^[':
        return '\\' + stuff
    return stuff


def _class_matcher(text):
    """A predicate for one character, from a rendered class body."""
    negate = False
    i = 0
    if text.startswith('^'):
        negate = True
        i = 1
    items = []
    singles = []
    n = len(text)
    while i < n:
        if text[i] == '\\' and i + 1 < n:
            c = text[i + 1]
            i += 2
        else:
            c = text[i]
            i += 1
        if i + 1 < n and text[i] == '-' and not (text[i + 1] == ']'):
            if text[i + 1] == '\\' and i + 2 < n:
                hi = text[i + 2]
                i += 3
            else:
                hi = text[i + 1]
                i += 2
            items.append((c, hi))
        else:
            singles.append(c)
    singles = set(singles)

    def match(ch):
        hit = ch in singles
        if not hit:
            for lo, hi in items:
                if lo <= ch <= hi:
                    hit = True
                    break
        return hit != negate
    return match


_STAR = object()


def _compile(pat):
    """(regex text pieces, matchers): each matcher is _STAR or a one-character
    predicate."""
    pieces = []
    matchers = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not matchers or matchers[-1] is not _STAR:
                pieces.append(_STAR)
                matchers.append(_STAR)
        elif c == '?':
            pieces.append('.')
            matchers.append(lambda ch: True)
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                pieces.append('\\[')
                matchers.append(lambda ch: ch == '[')
                continue
            body = _class_text(pat[i:j])
            i = j + 1
            if body is None:
                pieces.append('(?!)')
                matchers.append(lambda ch: False)
            elif body is _ANY:
                pieces.append('.')
                matchers.append(lambda ch: True)
            else:
                pieces.append('[%s]' % body)
                matchers.append(_class_matcher(body))
        else:
            pieces.append(_re_escape(c))
            matchers.append(_literal(c))
    return pieces, matchers


def _literal(c):
    return lambda ch: ch == c


def translate(pat):
    """The regular expression (as text) that matches what pat matches."""
    pieces, _ = _compile(pat)
    out = []
    i = 0
    n = len(pieces)
    while i < n and pieces[i] is not _STAR:
        out.append(pieces[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and pieces[i] is not _STAR:
            fixed.append(pieces[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?%s)' % fixed)
    return '(?s:%s)\\Z' % ''.join(out)


def _seg_at(seg, name, pos):
    if pos + len(seg) > len(name):
        return False
    for k, m in enumerate(seg):
        if not m(name[pos + k]):
            return False
    return True


def _match(matchers, name):
    segs = [[]]
    for m in matchers:
        if m is _STAR:
            segs.append([])
        else:
            segs[-1].append(m)
    if len(segs) == 1:
        return len(segs[0]) == len(name) and _seg_at(segs[0], name, 0)
    first, middle, last = segs[0], segs[1:-1], segs[-1]
    if not _seg_at(first, name, 0):
        return False
    pos = len(first)
    for seg in middle:
        while not _seg_at(seg, name, pos):
            pos += 1
            if pos + len(seg) > len(name):
                return False
        pos += len(seg)
    start = len(name) - len(last)
    return start >= pos and _seg_at(last, name, start)


_cache = {}


def _matchers(pat):
    m = _cache.get(pat)
    if m is None:
        if len(_cache) >= 256:
            _cache.clear()
        m = _cache[pat] = _compile(pat)[1]
    return m


def _text(name, pat):
    """name and pat as str, bytes being read as Latin-1 (so each byte is one
    character); a mix of str and bytes is refused with the errors of CPython's
    regular-expression match."""
    bytes_like = (bytes, bytearray)
    if isinstance(pat, bytes_like):
        if not isinstance(name, bytes_like):
            if isinstance(name, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            raise TypeError("expected string or bytes-like object, got %r"
                            % type(name).__name__)
        return name.decode('latin-1'), pat.decode('latin-1')
    if isinstance(name, bytes_like):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not isinstance(name, str):
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(name).__name__)
    return name, pat


def fnmatchcase(name, pat):
    """Tests whether name matches pat, case-sensitively."""
    if isinstance(pat, (bytes, bytearray)):
        name, pat = _text(name, pat)
        return _match(_matchers(pat), name)
    m = _matchers(pat)
    name, pat = _text(name, pat)
    return _match(m, name)


def fnmatch(name, pat):
    """Tests whether name matches pat (POSIX: case-sensitive). Both may be
    path-like objects (normcase, os.fspath on POSIX, takes their path)."""
    from posixpath import normcase
    return fnmatchcase(normcase(name), normcase(pat))


def filter(names, pat):
    """The items of names that match pat."""
    from posixpath import normcase
    pat = normcase(pat)
    is_bytes = isinstance(pat, (bytes, bytearray))
    m = _matchers(pat.decode('latin-1') if is_bytes else pat)
    out = []
    for name in names:
        text, _ = _text(name, pat)
        if _match(m, text):
            out.append(name)
    return out
