"""mempy's `locale` (CPython's Lib/locale.py over its C module `_locale`).

mempy knows only the C locales: "C" (also spelled "POSIX") and "C.UTF-8" (also
"C.utf8"). A fresh process is what a fresh CPython shows: LC_CTYPE is C.UTF-8 (CPython
sets it from the environment at startup and coerces a plain C locale to C.UTF-8,
PEP 538) and every other category is C. setlocale() switches between the C locales;
any other name raises locale.Error('unsupported locale setting'), as CPython does for a
locale the system lacks, and `''` takes the name from LC_ALL / LC_<category> / LANG.
Numbers are formatted as the C locale formats them: '.' as the decimal point, no
thousands separator, no grouping, no currency symbol.

Left out: normalize() and the alias tables (getlocale() knows how CPython 3.11 reads
the C locale names), bindtextdomain and the gettext functions, and nl_langinfo items
other than CODESET, RADIXCHAR and THOUSEP.
"""

import os as _os

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error',
           'setlocale', 'resetlocale', 'localeconv', 'strcoll', 'strxfrm',
           'str', 'atof', 'atoi', 'format_string', 'currency',
           'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME', 'LC_MONETARY',
           'LC_NUMERIC', 'LC_ALL', 'CHAR_MAX', 'getencoding']

_builtin_str = str

# glibc's category numbers (the ones CPython exposes), and the extra categories a
# composite LC_ALL name lists.
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537

_CATEGORIES = [
    (0, 'LC_CTYPE'), (1, 'LC_NUMERIC'), (2, 'LC_TIME'), (3, 'LC_COLLATE'),
    (4, 'LC_MONETARY'), (5, 'LC_MESSAGES'), (7, 'LC_PAPER'), (8, 'LC_NAME'),
    (9, 'LC_ADDRESS'), (10, 'LC_TELEPHONE'), (11, 'LC_MEASUREMENT'),
    (12, 'LC_IDENTIFICATION'),
]
_NAME_OF = dict(_CATEGORIES)


class Error(Exception):
    pass


# The current locale name of each category.
_current = {cat: 'C' for cat, _ in _CATEGORIES}
_current[LC_CTYPE] = 'C.UTF-8'


def _known(name):
    # The names the C library accepts here, and what setlocale() reports for them.
    if name in ('C', 'POSIX'):
        return 'C'
    if name in ('C.UTF-8', 'C.utf8'):
        return name
    return None


def _from_environment(cat):
    name = 'C'
    for var in ('LC_ALL', _NAME_OF[cat], 'LANG'):
        value = _os.environ.get(var)
        if value:
            name = value
            break
    if cat == LC_CTYPE and _known(name) == 'C' and not _os.environ.get('LC_ALL'):
        # CPython coerces a C LC_CTYPE to C.UTF-8 at startup, also in its
        # environment (PEP 538).
        return 'C.UTF-8'
    return name


def _query_all():
    names = [_current[cat] for cat, _ in _CATEGORIES]
    if all(n == names[0] for n in names):
        return names[0]
    return ';'.join(f'{label}={_current[cat]}' for cat, label in _CATEGORIES)


def _build_name(loc):
    # A (language code, encoding) pair as a locale name.
    try:
        code, encoding = loc
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None
    if code is None:
        code = 'C'
    if encoding is None:
        return code
    return code + '.' + encoding


def setlocale(category, locale=None):
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = _build_name(locale)
    if category != LC_ALL and category not in _NAME_OF:
        raise Error('unsupported locale setting' if locale is not None
                    else 'locale query failed')
    if locale is None:
        return _query_all() if category == LC_ALL else _current[category]
    cats = [c for c, _ in _CATEGORIES] if category == LC_ALL else [category]
    new = {}
    if category == LC_ALL and '=' in locale:
        # A composite name, as a query of LC_ALL returns it.
        labels = {label: cat for cat, label in _CATEGORIES}
        for part in locale.split(';'):
            label, _, name = part.partition('=')
            if label not in labels or _known(name) is None:
                raise Error('unsupported locale setting')
            new[labels[label]] = _known(name)
    else:
        for cat in cats:
            name = _from_environment(cat) if locale == '' else locale
            if _known(name) is None:
                raise Error('unsupported locale setting')
            new[cat] = _known(name)
    _current.update(new)
    return _query_all() if category == LC_ALL else _current[category]


def getlocale(category=LC_CTYPE):
    name = setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    if name == 'C':
        return None, None
    # CPython 3.11's alias table reads the name C.UTF-8 as en_US.UTF-8.
    return 'en_US', 'UTF-8'


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn(
        "'locale.getdefaultlocale' is deprecated and slated for removal in Python "
        "3.15. Use setlocale(), getencoding() and getlocale() instead.",
        DeprecationWarning, stacklevel=2)
    for var in envvars:
        value = _os.environ.get(var)
        if value:
            if var == 'LANGUAGE':
                value = value.split(':')[0]
            break
    else:
        value = 'C'
    if _known(value) == 'C':
        return None, 'UTF-8'
    if _known(value) is not None:
        return 'en_US', 'UTF-8'
    code, _, encoding = value.partition('.')
    return code, (encoding.partition('@')[0] or None)


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def getencoding():
    return nl_langinfo(CODESET)


def getpreferredencoding(do_setlocale=True):
    # CPython 3.11 reports the encoding of the locale it set up at startup (C.UTF-8).
    return 'UTF-8'


def nl_langinfo(key):
    if key == CODESET:
        return 'UTF-8' if _current[LC_CTYPE] != 'C' else 'ANSI_X3.4-1968'
    if key == RADIXCHAR:
        return '.'
    if key == THOUSEP:
        return ''
    raise ValueError('unsupported langinfo constant')


def localeconv():
    return {
        'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
        'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
        'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
        'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
        'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
        'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
        'thousands_sep': '', 'grouping': [],
    }


def strcoll(a, b):
    for i, arg in enumerate((a, b), 1):
        if not isinstance(arg, _builtin_str):
            raise TypeError(f'strcoll() argument {i} must be str, not '
                            f'{type(arg).__name__}')
    # The C library's strings end at a NUL, so one inside is refused.
    if '\0' in a or '\0' in b:
        raise ValueError('embedded null character')
    # The C locales collate by code point.
    return (a > b) - (a < b)


def strxfrm(s):
    if not isinstance(s, _builtin_str):
        raise TypeError(f'strxfrm() argument must be str, not {type(s).__name__}')
    if '\0' in s:
        raise ValueError('embedded null character')
    return s


def normalize(localename):
    # Without the alias tables: the C locale names as CPython 3.11 normalizes them,
    # anything else as given.
    low = localename.lower()
    if low in ('c', 'posix'):
        return 'C'
    if low in ('c.utf8', 'c.utf-8'):
        return 'en_US.UTF-8'
    return localename


def format_string(f, val, grouping=False, monetary=False):
    # The C locale has no thousands separator or grouping and '.' as the decimal
    # point, so %-formatting already gives its result.
    return f % val


# One whole %-conversion: an optional (key), flags/width/precision/length, the type.
_ONE_SPEC = r'%(?:\([^)]*\))?[-#0-9 +*.hlL]*[eEfFgGdiouxXcrs%]'


def format(percent, value, grouping=False, monetary=False, *additional):
    """Deprecated: format_string() for a format of exactly one conversion."""
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    import re
    if not re.fullmatch(_ONE_SPEC, percent):
        raise ValueError("format() must be given exactly one %%char format specifier,"
                         " %s not valid" % repr(percent))
    if additional:
        return percent % ((value,) + additional)
    return percent % value


def localize(string, grouping=False, monetary=False):
    return string


def delocalize(string):
    return string


def str(val):
    return format_string('%.12g', val)


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")
