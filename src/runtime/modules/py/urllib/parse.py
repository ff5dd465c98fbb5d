"""mempy's `urllib.parse`: splitting URLs into their parts and joining them
again (RFC 3986, with the compatibility rules of CPython's parser), resolving
relative references, percent-encoding and decoding, and query strings.
Written for mempy from the documented behaviour of CPython 3.11's urllib.parse.

Functions take str or bytes (not mixed); bytes are handled as ASCII text and
the results are bytes again. The deprecated split*() helpers warn and still
work."""

from collections import namedtuple
import functools
import re
import sys
import types
import warnings

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Schemes whose URLs may be relative to a base URL.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

# Schemes whose URLs have a network location (//host).
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']

# Schemes whose last path segment may carry ;parameters.
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']

# Kept for compatibility; the parser does not use these.
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

# The characters of a scheme name.
scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Stripped from both ends of a URL (WHATWG: C0 controls and space) ...
_WHATWG_C0_CONTROL_OR_SPACE = ''.join([chr(c) for c in range(0x21)])
# ... and removed from inside it.
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']


def clear_cache():
    """Empty the caches of urlsplit() and of the quoting tables."""
    urlsplit.cache_clear()
    _byte_quoter_factory.cache_clear()


# --- str and bytes arguments

# bytes arguments are decoded, and results encoded, with these.
_implicit_encoding = 'ascii'
_implicit_errors = 'strict'


def _noop(obj):
    return obj


def _encode_result(obj, encoding=_implicit_encoding,
                   errors=_implicit_errors):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding=_implicit_encoding,
                 errors=_implicit_errors):
    return tuple(x.decode(encoding, errors) if x else '' for x in args)


def _coerce_args(*args):
    # The arguments as str, plus the function that turns a str result back
    # into the type of the first argument. A false argument (None, b'') may be
    # of either type.
    is_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != is_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if is_str:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# --- the result types

class _ResultMixinStr(object):
    """encode(): the bytes form of a str result."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes(object):
    """decode(): the str form of a bytes result."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase(object):
    """username, password, hostname and port, read from the netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # The name is case-insensitive, an IPv6 zone id after '%' is not.
        sep = '%' if isinstance(host, str) else b'%'
        name, percent, zone = host.partition(sep)
        return name.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port)
            else:
                raise ValueError(f"Port could not be cast to integer value as {port!r}")
            if not 0 <= port <= 65535:
                raise ValueError("Port out of range 0-65535")
        return port

    __class_getitem__ = classmethod(types.GenericAlias)


def _userinfo_of(netloc, at, colon):
    userinfo, found, _host = netloc.rpartition(at)
    if not found:
        return None, None
    username, has_password, password = userinfo.partition(colon)
    return username, (password if has_password else None)


def _hostinfo_of(netloc, at, colon, lbr, rbr):
    hostinfo = netloc.rpartition(at)[2]
    _before, bracketed, inside = hostinfo.partition(lbr)
    if bracketed:
        hostname, _, rest = inside.partition(rbr)
        port = rest.partition(colon)[2]
    else:
        hostname, _, port = hostinfo.partition(colon)
    return hostname, (port or None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _userinfo_of(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _hostinfo_of(self.netloc, '@', ':', '[', ']')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _userinfo_of(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _hostinfo_of(self.netloc, b'@', b':', b'[', b']')


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')

# The public result types: str ones, then bytes ones.
ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _fix_result_transcoding():
    for text, data in ((DefragResult, DefragResultBytes),
                       (SplitResult, SplitResultBytes),
                       (ParseResult, ParseResultBytes)):
        text._encoded_counterpart = data
        data._decoded_counterpart = text


_fix_result_transcoding()
del _fix_result_transcoding


# --- splitting and joining

def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into its six parts, scheme://netloc/path;params?query#fragment,
    as a ParseResult. scheme is the default scheme; with allow_fragments false
    '#' is part of the path or query."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in url:
        url, params = _splitparams(url)
    else:
        params = ''
    return _coerce_result(ParseResult(scheme, netloc, url, params, query, fragment))


def _splitparams(url):
    # ;params belong to the last path segment only.
    if '/' in url:
        i = url.find(';', url.rfind('/'))
        if i < 0:
            return url, ''
    else:
        i = url.find(';')
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    # The network location runs to the first '/', '?' or '#'.
    end = len(url)
    for c in '/?#':
        pos = url.find(c, start)
        if pos >= 0:
            end = min(end, pos)
    return url[start:end], url[end:]


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    # A netloc whose NFKC normalization makes new URL delimiters would be
    # read differently by another parser.
    import unicodedata
    n = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    normalized = unicodedata.normalize('NFKC', n)
    if n == normalized:
        return
    for c in '/?#@:':
        if c in normalized:
            raise ValueError("netloc '" + netloc + "' contains invalid " +
                             "characters under NFKC normalization")


def _ipv4_ok(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for part in parts:
        if not (part.isascii() and part.isdigit()) or len(part) > 3:
            return False
        if int(part) > 255 or (len(part) > 1 and part[0] == '0'):
            return False
    return True


def _ipv6_ok(text):
    addr, _, zone = text.partition('%')
    if '%' in text and not zone:
        return False
    hexdigits = '0123456789abcdefABCDEF'
    groups = addr.split(':')
    if len(groups) < 3:
        return False
    if groups[-1] and '.' in groups[-1]:
        if not _ipv4_ok(groups[-1]):
            return False
        groups[-1:] = ['0', '0']
    if '::' in addr:
        if addr.count('::') > 1:
            return False
        # The empty groups of '::' (and of a leading or trailing ':').
        head, tail = addr.split('::')
        head = head.split(':') if head else []
        tail = tail.split(':') if tail else []
        if tail and '.' in tail[-1]:
            tail[-1:] = ['0', '0']
        explicit = head + tail
        if len(explicit) > 7:
            return False
    else:
        explicit = groups
        if len(explicit) != 8:
            return False
    for g in explicit:
        if not 1 <= len(g) <= 4 or any(c not in hexdigits for c in g):
            return False
    return True


def _check_bracketed_host(hostname):
    # What may stand in [brackets]: an IPv6 address or an IPvFuture literal.
    if hostname.startswith('v'):
        if not re.match(r"\Av[a-fA-F0-9]+\..+\Z", hostname):
            raise ValueError("IPvFuture address is invalid")
        return
    if _ipv4_ok(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _ipv6_ok(hostname):
        raise ValueError('%r does not appear to be an IPv4 or IPv6 address'
                         % hostname)


@functools.lru_cache(typed=True)
def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into five parts, scheme://netloc/path?query#fragment, as a
    SplitResult (;params stay in the path). scheme is the default scheme;
    with allow_fragments false '#' is part of the path or query."""
    url, scheme, _coerce_result = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for c in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''
    i = url.find(':')
    if i > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:i]):
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return _coerce_result(SplitResult(scheme, netloc, url, query, fragment))


def urlunparse(components):
    """Put a URL back together from urlparse()'s six parts (the result may
    differ from the parsed URL in ways that do not change its meaning)."""
    scheme, netloc, url, params, query, fragment, _coerce_result = (
        _coerce_args(*components))
    if params:
        url = "%s;%s" % (url, params)
    return _coerce_result(urlunsplit((scheme, netloc, url, query, fragment)))


def urlunsplit(components):
    """Put a URL back together from urlsplit()'s five parts."""
    scheme, netloc, url, query, fragment, _coerce_result = (
        _coerce_args(*components))
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return _coerce_result(url)


def _remove_dot_segments(segments):
    # RFC 3986 5.2.4 over a split path: '.' vanishes, '..' drops the segment
    # before it; a path ending in one of them keeps its trailing '/'.
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    """The absolute URL that url (which may be relative) names when read
    against the base URL."""
    if not base:
        return url
    if not url:
        return base

    base, url, _coerce_result = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = \
        urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = \
        urlparse(url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return _coerce_result(url)
    if scheme in uses_netloc:
        if netloc:
            return _coerce_result(urlunparse((scheme, netloc, path,
                                              params, query, fragment)))
        netloc = bnetloc

    if not path and not params:
        # Only a query and/or fragment: the base's path (and query).
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return _coerce_result(urlunparse((scheme, netloc, path,
                                          params, query, fragment)))

    if path[:1] == '/':
        segments = path.split('/')
    else:
        # Relative to the base's directory; empty segments in between go.
        base_dirs = bpath.split('/')
        if base_dirs[-1] != '':
            del base_dirs[-1]
        segments = base_dirs + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]

    resolved = '/'.join(_remove_dot_segments(segments)) or '/'
    return _coerce_result(urlunparse((scheme, netloc, resolved,
                                      params, query, fragment)))


def urldefrag(url):
    """The URL without its #fragment, and the fragment, as a DefragResult."""
    url, _coerce_result = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _coerce_result(DefragResult(defrag, frag))


# --- percent-encoding

_hexdig = '0123456789ABCDEFabcdef'
_hextobyte = None


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        # Raises AttributeError for what is neither str nor bytes.
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    bits = string.split(b'%')
    if len(bits) == 1:
        return string
    global _hextobyte
    if _hextobyte is None:
        _hextobyte = {(a + b).encode(): bytes.fromhex(a + b)
                      for a in _hexdig for b in _hexdig}
    out = [bits[0]]
    for item in bits[1:]:
        byte = _hextobyte.get(item[:2])
        if byte is None:
            # Not a valid escape: kept as it is.
            out.append(b'%')
            out.append(item)
        else:
            out.append(byte)
            out.append(item[2:])
    return b''.join(out)


_asciire = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent. The optional
    encoding and errors parameters specify how to decode percent-encoded
    sequences into Unicode characters, as accepted by the bytes.decode()
    method.
    By default, percent-encoded sequences are decoded with UTF-8, and invalid
    sequences are replaced by a placeholder character.

    unquote('abc%20def') -> 'abc def'.
    """
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Escapes are decoded run by run of ASCII text (non-ASCII stays as it is).
    bits = _asciire.split(string)
    out = [bits[0]]
    for i in range(1, len(bits), 2):
        out.append(unquote_to_bytes(bits[i]).decode(encoding, errors))
        out.append(bits[i + 1])
    return ''.join(out)


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict of lists of values (see parse_qsl
    for the arguments)."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs: fields split
    at separator, each at its first '=', '+' read as a space, %xx escapes
    decoded. Blank values are dropped unless keep_blank_values; with
    strict_parsing a field without '=' raises ValueError; max_num_fields
    limits the number of fields."""
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)

    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")

    if max_num_fields is not None:
        count = 1 + qs.count(separator) if qs else 0
        if max_num_fields < count:
            raise ValueError('Max number of fields exceeded')

    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((_coerce_result(name), _coerce_result(value)))
    return pairs


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces, as required for
    unquoting HTML form values.

    unquote_plus('%7e/abc+def') -> '~/abc def'
    """
    return unquote(string.replace('+', ' '), encoding, errors)


# Never quoted (RFC 3986 unreserved characters).
_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


def __getattr__(name):
    if name == 'Quoter':
        warnings.warn('Deprecated in 3.11. '
                      'urllib.parse.Quoter will be removed in Python 3.14. '
                      'It was not intended to be a public API.',
                      DeprecationWarning, stacklevel=2)
        return _Quoter
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')


class _Quoter(dict):
    """A mapping from bytes numbers (in range(0,256)) to strings.

    String values are percent-encoded byte values, unless the key < 128, and
    in either of the specified safe set, or the always safe set.
    """
    # A dict filled on demand (a defaultdict in spirit: __missing__).

    def __init__(self, safe):
        """safe: bytes object."""
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return f"<Quoter {dict(self)!r}>"

    def __missing__(self, b):
        text = chr(b) if b in self.safe else '%{:02X}'.format(b)
        self[b] = text
        return text


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string (str or bytes) for use in a URL: every
    character but letters, digits, '_.-~' and those in safe becomes %XX of its
    bytes (str is encoded with encoding, default UTF-8, and errors, default
    'strict').

    quote('abc def') -> 'abc%20def'
    """
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace ' ' with '+', as required for quoting
    HTML form values. Plus signs in the original string are escaped unless
    they are included in safe. It also does not have safe default to '/'.
    """
    # With no space the result is quote()'s.
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


@functools.lru_cache
def _byte_quoter_factory(safe):
    return _Quoter(safe).__getitem__


def quote_from_bytes(bs, safe='/'):
    """quote() of bytes: the str of the quoted bytes (always ASCII)."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        # Non-ASCII characters cannot be safe.
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    quoter = _byte_quoter_factory(safe)
    return ''.join([quoter(b) for b in bs])


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of (key, value) pairs as a query string,
    key=value joined by '&', each quoted with quote_via (str() of what is not
    str or bytes). With doseq true a value that is a sequence gives one field
    per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        # A sequence of pairs (not a string).
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def q(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(str(item), safe, encoding, errors)

    fields = []
    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (str, bytes)):
            fields.append(k + '=' + q(v))
            continue
        try:
            len(v)
        except TypeError:
            fields.append(k + '=' + q(v))
        else:
            for elt in v:
                fields.append(k + '=' + q(elt))
    return '&'.join(fields)


# --- the deprecated split*() helpers

def _deprecated(name, instead):
    warnings.warn(f"urllib.parse.{name}() is deprecated as of 3.8, "
                  f"use urllib.parse.{instead}() instead",
                  DeprecationWarning, stacklevel=3)


def to_bytes(url):
    warnings.warn("urllib.parse.to_bytes() is deprecated as of 3.8",
                  DeprecationWarning, stacklevel=2)
    return _to_bytes(url)


def _to_bytes(url):
    # Most URL schemes require ASCII; a str is checked, and returned as str.
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters")
    return url


def unwrap(url):
    """The URL inside a '<URL:...>' wrapper (either part optional); other
    strings come back stripped."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def splittype(url):
    _deprecated('splittype', 'urlparse')
    return _splittype(url)


_typeprog = None


def _splittype(url):
    global _typeprog
    if _typeprog is None:
        _typeprog = re.compile('([^/:]+):(.*)', re.DOTALL)
    match = _typeprog.match(url)
    if match:
        scheme, data = match.groups()
        return scheme.lower(), data
    return None, url


def splithost(url):
    _deprecated('splithost', 'urlparse')
    return _splithost(url)


_hostprog = None


def _splithost(url):
    global _hostprog
    if _hostprog is None:
        _hostprog = re.compile('//([^/#?]*)(.*)', re.DOTALL)
    match = _hostprog.match(url)
    if match:
        host_port, path = match.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host_port, path
    return None, url


def splituser(host):
    _deprecated('splituser', 'urlparse')
    return _splituser(host)


def _splituser(host):
    user, found, host = host.rpartition('@')
    return (user if found else None), host


def splitpasswd(user):
    _deprecated('splitpasswd', 'urlparse')
    return _splitpasswd(user)


def _splitpasswd(user):
    user, found, passwd = user.partition(':')
    return user, (passwd if found else None)


def splitport(host):
    _deprecated('splitport', 'urlparse')
    return _splitport(host)


_portprog = None


def _splitport(host):
    global _portprog
    if _portprog is None:
        _portprog = re.compile('(.*):([0-9]*)', re.DOTALL)
    match = _portprog.fullmatch(host)
    if match:
        # 'host:' has an empty port: the host without the colon, no port.
        host, port = match.groups()
        if port:
            return host, port
    return host, None


def splitnport(host, defport=-1):
    _deprecated('splitnport', 'urlparse')
    return _splitnport(host, defport)


def _splitnport(host, defport=-1):
    # (host, int port): defport without a ':', None when the port is not
    # a number.
    name, found, port = host.rpartition(':')
    if not found:
        return port, defport
    if port:
        if port.isdigit() and port.isascii():
            return name, int(port)
        return name, None
    return name, defport


def splitquery(url):
    _deprecated('splitquery', 'urlparse')
    return _splitquery(url)


def _splitquery(url):
    path, found, query = url.rpartition('?')
    if found:
        return path, query
    return url, None


def splittag(url):
    _deprecated('splittag', 'urlparse')
    return _splittag(url)


def _splittag(url):
    path, found, tag = url.rpartition('#')
    if found:
        return path, tag
    return url, None


def splitattr(url):
    _deprecated('splitattr', 'urlparse')
    return _splitattr(url)


def _splitattr(url):
    words = url.split(';')
    return words[0], words[1:]


def splitvalue(attr):
    _deprecated('splitvalue', 'parse_qsl')
    return _splitvalue(attr)


def _splitvalue(attr):
    attr, found, value = attr.partition('=')
    return attr, (value if found else None)
