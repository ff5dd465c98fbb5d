# The `re` module: Python's regular expressions over the `_sre` engine
# (runtime/modules/re/, a backtracking matcher with CPython's parser messages).
# Here: the flags, `re.error` with its position text, `Pattern` and `Match`, the module
# functions, replacement templates for `sub`/`expand`, `split`, `findall`, `finditer`.
#
# Left out: `re.template`/`re.TEMPLATE`, `re.DEBUG` output,
# `\N{name}` escapes, locale-dependent matching, full Unicode case folding.

import _sre
import sys as _sys

# types.MappingProxyType, without importing `types`.
_mappingproxy = type(type.__dict__)

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall',
           'finditer', 'compile', 'purge', 'escape', 'error', 'Pattern', 'Match',
           'A', 'I', 'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE',
           'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']
# (Scanner is public but, as in CPython, left out of __all__.)

_FLAG_NAMES = [(256, 'ASCII'), (2, 'IGNORECASE'), (4, 'LOCALE'), (32, 'UNICODE'),
               (8, 'MULTILINE'), (16, 'DOTALL'), (64, 'VERBOSE'), (1, 'TEMPLATE'),
               (128, 'DEBUG')]
_FLAG_ORDER = [(1, 'TEMPLATE'), (2, 'IGNORECASE'), (4, 'LOCALE'), (8, 'MULTILINE'),
               (16, 'DOTALL'), (32, 'UNICODE'), (64, 'VERBOSE'), (128, 'DEBUG'),
               (256, 'ASCII')]


class RegexFlag(int):
    # An int whose repr names the flags (CPython's enum.IntFlag member).

    def __repr__(self):
        # Members in definition order (enum's), unnamed bits last in hex.
        v = int(self)
        names = [n for bit, n in _FLAG_NAMES if v & bit]
        rest = v & ~511
        if not names:
            return 're.%s' % ('NOFLAG' if v == 0 else hex(v))
        text = '|'.join('re.' + n for n in names)
        if rest:
            text += '|' + hex(rest)
        return text

    __str__ = __repr__

    @property
    def name(self):
        v = int(self)
        for bit, n in _FLAG_ORDER:
            if v == bit:
                return n
        names = [n for bit, n in _FLAG_NAMES if v & bit]
        return '|'.join(names) if names else None

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        # Within the members' bits, or the value's own width when it has more
        # (an IntFlag with KEEP boundary).
        v = int(self)
        return RegexFlag(v ^ max(511, (1 << v.bit_length()) - 1))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = 're'
PatternError = error


def _type_check(pattern, string):
    if isinstance(string, str):
        if not isinstance(pattern, str):
            raise TypeError('cannot use a bytes pattern on a string-like object')
    else:
        # Any buffer exporter counts as bytes-like (bytes, bytearray,
        # memoryview, array).
        if not isinstance(string, (bytes, bytearray)):
            try:
                memoryview(string)
            except TypeError:
                raise TypeError("expected string or bytes-like object, got %r"
                                % type(string).__name__) from None
        if isinstance(pattern, str):
            raise TypeError('cannot use a string pattern on a bytes-like object')


def _slice(string, start, end):
    # A piece of the subject as CPython's sre hands it out: an exact str for any
    # str, exact bytes for bytes-like objects (bytes subclasses, bytearray,
    # memoryview, array), never through the subject's own __getitem__.
    kind = type(string)
    if kind is str or kind is bytes:
        return string[start:end]
    if isinstance(string, str):
        return str.__str__(string)[start:end]
    return bytes(memoryview(string)[start:end])


def _bounds(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


# Pattern and Match refuse to be called; the module makes them bare and fills them.
_new = object.__new__


class Pattern:
    """Compiled regular expression object."""

    def __class_getitem__(cls, item):
        # `X[int]` is a types.GenericAlias, as CPython's classmethod(GenericAlias).
        import types
        return types.GenericAlias(cls, item)

    def __new__(cls, *args, **kwargs):
        # Only re.compile makes patterns (CPython's type has no constructor).
        raise TypeError("cannot create 're.Pattern' instances")

    def _fill(self, pattern, flags, info):
        self.pattern = pattern
        self._id, self.flags, self.groups, names = info
        self._names = dict(names)
        self._byindex = {v: k for k, v in names}

    @property
    def groupindex(self):
        # A read-only view of the names (a new empty dict without named groups).
        if not self._names:
            return {}
        return _mappingproxy(self._names)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = int(self.flags)
        if isinstance(self.pattern, str):
            flags &= ~32
        if flags:
            # CPython's pattern_repr: the known flags in its table's order, then
            # any other bits in hex.
            names = []
            for name, bit in _REPR_FLAGS:
                if flags & bit:
                    names.append(name)
                    flags &= ~bit
            if flags:
                names.append('0x%x' % flags)
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _run(self, string, pos, endpos, mode, must_advance=False):
        _type_check(self.pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        r = _sre.match(self._id, string, pos, endpos, mode, must_advance)
        if r is None:
            return None
        m = _new(Match)
        m._fill(self, string, pos, endpos, r)
        return m

    def match(self, string, pos=0, endpos=_sys.maxsize):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_sys.maxsize):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_sys.maxsize):
        return self._run(string, pos, endpos, 2)

    def _iter(self, string, pos=0, endpos=_sys.maxsize):
        # Successive matches; after an empty match the next one may not be empty at
        # the same place (sre's must_advance).
        _type_check(self.pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        must_advance = False
        while pos <= endpos:
            r = _sre.match(self._id, string, pos, endpos, 2, must_advance)
            if r is None:
                return
            m = _new(Match)
            m._fill(self, string, pos, endpos, r)
            yield m
            must_advance = r[1] == r[0]
            pos = r[1]

    def finditer(self, string, pos=0, endpos=_sys.maxsize):
        # CPython's: iter(scanner.search, None), a callable_iterator (not a
        # generator), whose matches all report the pos the search started from.
        return iter(self.scanner(string, pos, endpos).search, None)

    def findall(self, string, pos=0, endpos=_sys.maxsize):
        out = []
        empty = _slice(string, 0, 0)
        for m in self._iter(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group())
            elif self.groups == 1:
                g = m.group(1)
                out.append(empty if g is None else g)
            else:
                out.append(tuple(empty if g is None else g for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        n = 0
        for m in self._iter(string):
            if maxsplit and n >= maxsplit:
                break
            out.append(_slice(string, last, m.start()))
            out.extend(m.groups())
            last = m.end()
            n += 1
        out.append(_slice(string, last, len(string)))
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            fn = repl
        elif isinstance(repl, (bytearray, memoryview)):
            # Any bytes-like template is read as bytes (CPython takes its buffer); one
            # with escapes goes through a cache keyed by the template, which a
            # bytearray cannot be.
            if isinstance(repl, bytearray) and b'\\' in repl:
                raise TypeError("unhashable type: 'bytearray'")
            return self.subn(bytes(repl), string, count)
        elif not isinstance(repl, (str, bytes)):
            raise TypeError('decoding to str: need a bytes-like object, %s found'
                            % type(repl).__name__)
        elif isinstance(repl, str) != isinstance(self.pattern, str):
            # The wrong kind of string is kept as it is; joining reports it.
            fn = lambda m: repl
        else:
            parts = _parse_template(self, repl)
            if len(parts) == 1 and not isinstance(parts[0], int):
                literal = parts[0]
                fn = lambda m: literal
            else:
                fn = lambda m: _expand(m, parts)
        pieces = []
        last = 0
        n = 0
        for m in self._iter(string):
            if count and n >= count:
                break
            if m.start() > last:
                pieces.append(_slice(string, last, m.start()))
            r = fn(m)
            if r is not None:
                pieces.append(r)
            last = m.end()
            n += 1
        if last < len(string):
            pieces.append(_slice(string, last, len(string)))
        return _slice(string, 0, 0).join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_sys.maxsize):
        # Successive matches handed out one call at a time (see _PatternScanner).
        _type_check(self.pattern, string)
        pos, endpos = _bounds(string, pos, endpos)
        sc = _new(_PatternScanner)
        sc.pattern = self
        sc._string = string
        sc._start = pos
        sc._pos = pos
        sc._endpos = endpos
        sc._must_advance = False
        return sc


Pattern.__module__ = 're'


class _PatternScanner:
    # CPython's _sre.SRE_Scanner: each match()/search() call goes on from where
    # the previous match ended; after an empty match the next may not be empty at
    # the same place, and once nothing matches every later call gives None.

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_sre.SRE_Scanner' instances")

    def _next(self, mode):
        if self._pos is None:
            return None
        pat = self.pattern
        r = _sre.match(pat._id, self._string, self._pos, self._endpos, mode,
                       self._must_advance)
        if r is None:
            self._pos = None
            return None
        m = _new(Match)
        m._fill(pat, self._string, self._start, self._endpos, r)
        self._must_advance = r[1] == r[0]
        self._pos = r[1]
        return m

    def match(self):
        return self._next(0)

    def search(self):
        return self._next(2)


_PatternScanner.__name__ = _PatternScanner.__qualname__ = 'SRE_Scanner'
_PatternScanner.__module__ = '_sre'


class Scanner:
    """A simple lexer: lexicon is a list of (phrase, action) pairs. scan(string)
    matches the phrases (tried in order) at successive positions; a callable
    action is called as action(scanner, text) and its result kept unless None,
    any other non-None action is kept as it is. It returns (results, the part
    of the string left unmatched)."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # One alternation with every phrase in a group of its own; _which maps
        # that group's number back to the phrase (a phrase's own groups come
        # after its outer one, so the outer group is the last to close).
        binary = bool(lexicon) and isinstance(lexicon[0][0], bytes)
        opened, closed, bar = (b'(', b')', b'|') if binary else ('(', ')', '|')
        parts = []
        self._which = {}
        group = 1
        for index, (phrase, action) in enumerate(lexicon):
            self._which[group] = index
            parts.append(opened + phrase + closed)
            group += 1 + compile(phrase, flags).groups
        self.scanner = compile(bar.join(parts), flags)

    def scan(self, string):
        result = []
        step = self.scanner.scanner(string).match
        i = 0
        while True:
            m = step()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._which[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]


class Match:
    """The result of a successful match."""

    def __class_getitem__(cls, item):
        # `X[int]` is a types.GenericAlias, as CPython's classmethod(GenericAlias).
        import types
        return types.GenericAlias(cls, item)

    def __new__(cls, *args, **kwargs):
        # A match carries state only the matcher fills in (`_fill`): like CPython's
        # type without a constructor, calling the class is refused.
        raise TypeError("cannot create 're.Match' instances")

    def _fill(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        n = pattern.groups + 1
        self._spans = [(spans[2 * i], spans[2 * i + 1]) for i in range(n)]
        li = spans[-1]
        self.lastindex = None if li < 0 else li
        self.lastgroup = pattern._byindex.get(self.lastindex)

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool) or type(g) is bool:
            if 0 <= g < len(self._spans):
                return g
        elif isinstance(g, str):
            i = self.re._names.get(g)
            if i is not None:
                return i
        elif hasattr(g, '__index__'):
            g = g.__index__()
            if 0 <= g < len(self._spans):
                return g
        raise IndexError('no such group')

    def _get(self, i, default=None):
        s, e = self._spans[i]
        if s < 0:
            return default
        return _slice(self.string, s, e)

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._spans)))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._names.items()}

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return self._spans[self._index(group)]

    @property
    def regs(self):
        return tuple(self._spans)

    def expand(self, template):
        return _expand(self, _parse_template(self.re, template))

    def __repr__(self):
        text = repr(self.group())
        if len(text) > 50:
            text = text[:50]
        return '<re.Match object; span=%r, match=%s>' % (self.span(), text)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Match.__module__ = 're'

_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
            'v': '\v', '\\': '\\'}


# The flags a Pattern's repr names, in the order it names them.
_REPR_FLAGS = (('re.TEMPLATE', 1), ('re.IGNORECASE', 2), ('re.LOCALE', 4),
               ('re.MULTILINE', 8), ('re.DOTALL', 16), ('re.UNICODE', 32),
               ('re.VERBOSE', 64), ('re.DEBUG', 128), ('re.ASCII', 256))

# The largest group count (CPython's `_sre.MAXGROUPS`, INT32_MAX // 2).
_MAXGROUPS = 2**31 // 2 - 1


def _parse_template(pattern, template):
    # A replacement template as a list of literal pieces and group numbers.
    is_bytes = isinstance(template, bytes)
    if is_bytes:
        text = template.decode('latin-1')
    else:
        text = template
    parts = []
    lit = []
    i = 0
    n = len(text)
    groups = pattern.groups

    def err(msg, pos):
        return error(msg, template, pos)

    while i < n:
        c = text[i]
        if c != '\\':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise err('bad escape (end of pattern)', i)
        d = text[i + 1]
        if d == 'g':
            j = i + 2
            if j >= n or text[j] != '<':
                raise err('missing <', j)
            k = text.find('>', j + 1)
            if k < 0:
                name = text[j + 1:]
                if not name:
                    raise err('missing group name', j + 1)
                raise err('missing >, unterminated name', j + 1)
            name = text[j + 1:k]
            if not name:
                raise err('missing group name', j + 1)
            if name.isidentifier():
                if name not in pattern._names:
                    raise IndexError('unknown group name %r' % name)
                index = pattern._names[name]
            else:
                # `int(name)`: a sign, whitespace, underscores and non-ASCII
                # digits pass, with a DeprecationWarning (at re.sub's caller).
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    raise err('bad character in group name %r' % name, j + 1) from None
                if index >= _MAXGROUPS:
                    raise err('invalid group reference %d' % index, j + 1)
                if not (name.isdecimal() and name.isascii()):
                    import warnings
                    warnings.warn('bad character in group name %s at position %d'
                                  % (ascii(name) if is_bytes else repr(name), j + 1),
                                  DeprecationWarning, stacklevel=5)
                if index >= groups + 1:
                    raise err('invalid group reference %d' % index, j + 1)
            parts.append(''.join(lit))
            lit = []
            parts.append(index)
            i = k + 1
            continue
        if d == '0':
            j = i + 2
            while j < n and j < i + 4 and text[j] in '01234567':
                j += 1
            lit.append(chr(int(text[i + 1:j], 8)))
            i = j
            continue
        if d in '123456789':
            j = i + 2
            if j < n and text[j] in '0123456789':
                if (d in '01234567' and text[j] in '01234567' and j + 1 < n
                        and text[j + 1] in '01234567'):
                    value = int(text[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise err('octal escape value %s outside of range 0-0o377'
                                  % text[i:j + 2], i)
                    lit.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            index = int(text[i + 1:j])
            if index > groups:
                raise err('invalid group reference %d' % index, i + 1)
            parts.append(''.join(lit))
            lit = []
            parts.append(index)
            i = j
            continue
        if d in _ESCAPES:
            lit.append(_ESCAPES[d])
            i += 2
            continue
        if d.isascii() and d.isalpha():
            raise err('bad escape \\%s' % d, i)
        lit.append('\\' + d)
        i += 2
    parts.append(''.join(lit))
    if is_bytes:
        parts = [p.encode('latin-1') if isinstance(p, str) else p for p in parts]
    return [p for p in parts if not isinstance(p, (str, bytes)) or p]  or [template[:0]]


def _expand(m, parts):
    out = []
    for p in parts:
        if isinstance(p, int):
            g = m.group(p)
            if g is not None:
                out.append(g)
        else:
            out.append(p)
    return m.string[:0].join(out) if out else m.re.pattern[:0]


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    flags = int(flags)
    info = _sre.compile(pattern, flags)
    if len(info) == 2:
        import warnings
        for category, msg in info[0]:
            category = FutureWarning if category == 'FutureWarning' else DeprecationWarning
            warnings.warn(msg, category, stacklevel=3)
        info = info[1]
    if len(info) == 3:
        msg, pos, exc = info
        if exc == 'OverflowError':
            raise OverflowError(msg)
        if exc == 'ValueError':
            raise ValueError(msg)
        raise error(msg, pattern, pos)
    p = _new(Pattern)
    p._fill(pattern, flags, info)
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    pass


_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def escape(pattern):
    if isinstance(pattern, str):
        return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)
    text = pattern.decode('latin-1')
    return ''.join('\\' + c if c in _SPECIAL else c for c in text).encode('latin-1')
