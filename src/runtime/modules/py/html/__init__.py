"""mempy's `html` package: escape() and unescape() for HTML text; the named
references are in `html.entities`. Written for mempy from the documented
behaviour of CPython 3.11's html module (unescape follows the HTML5 rules for
character references)."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Return s with '&', '<' and '>' written as HTML character references,
    and both quote characters too unless quote is false."""
    s = s.replace("&", "&amp;")  # first, so the others' ampersands stay
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


def _noncharacters():
    # Code points a numeric reference may not produce: the C0/C1 controls other
    # than whitespace, and the Unicode noncharacters.
    out = set(range(0x1, 0x9)) | set(range(0xe, 0x20)) | set(range(0x7f, 0xa0))
    out |= set(range(0xfdd0, 0xfdf0))
    out.add(0xb)
    for plane in range(17):
        out.add(plane * 0x10000 + 0xfffe)
        out.add(plane * 0x10000 + 0xffff)
    return frozenset(out)


_invalid_codepoints = _noncharacters()

# Numeric references that the HTML5 parser maps to another character (the
# windows-1252 reading of 0x80-0x9f, NUL and CR).
from html.entities import _replaced_numeric as _invalid_charrefs


def _numeric(digits):
    if digits[0] in 'xX':
        num = int(digits[1:].rstrip(';'), 16)
    else:
        num = int(digits.rstrip(';'))
    if num in _invalid_charrefs:
        return _invalid_charrefs[num]
    if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
        return '\uFFFD'
    if num in _invalid_codepoints:
        return ''
    return chr(num)


def _replace_charref(match):
    ref = match.group(1)
    if ref[0] == '#':
        return _numeric(ref[1:])
    if ref in _html5:
        return _html5[ref]
    # The longest known name the reference starts with (legacy names may lack
    # their ';'), the rest kept as text.
    for end in range(len(ref) - 1, 1, -1):
        if ref[:end] in _html5:
            return _html5[ref[:end]] + ref[end:]
    return '&' + ref


_charref = _re.compile(r'&(#[0-9]+;?'
                       r'|#[xX][0-9a-fA-F]+;?'
                       r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Return s with its named and numeric character references (&gt;,
    &#62;, &#x3e;) replaced by the characters they stand for, by the HTML5
    rules (html.entities.html5 names; invalid numbers as the parser reads them)."""
    if '&' not in s:
        return s
    return _charref.sub(_replace_charref, s)
