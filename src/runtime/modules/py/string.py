# mempy's `string` module (mirrors CPython's Lib/string.py): the character-class
# constants, capwords, Template (substitute, safe_substitute, get_identifiers,
# is_valid; subclasses may change `delimiter`) and Formatter (format, vformat, parse,
# get_field, get_value, check_unused_args, format_field, convert_field). Compiled from
# this source at first import.
#
# Not provided: Template subclasses with their own `idpattern`, `braceidpattern`,
# `flags` or `pattern` (those are regular expressions; placeholders here are always
# ASCII identifiers), and the `Template.pattern` attribute.

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each
    word using capitalize, and join the capitalized words using
    join.  If the optional second argument sep is absent or None,
    runs of whitespace characters are replaced by a single space
    and leading and trailing whitespace are removed, otherwise
    sep is used to split and join the words.

    """
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = '_' + ascii_letters
_ID_CHARS = _ID_START + digits


class _Placeholder:
    """One delimiter occurrence: kind is 'escaped', 'named', 'braced' or 'invalid'."""

    def __init__(self, kind, start, end, name, invalid_at):
        self.kind = kind
        self.start = start
        self.end = end
        self.name = name
        self.invalid_at = invalid_at


def _placeholders(template, delim):
    n = len(template)
    dl = len(delim)
    i = 0
    while True:
        p = template.find(delim, i) if dl else -1
        if p < 0:
            return
        after = p + dl
        if template.startswith(delim, after):
            yield _Placeholder('escaped', p, after + dl, None, -1)
            i = after + dl
            continue
        if after < n and template[after] in _ID_START:
            j = after + 1
            while j < n and template[j] in _ID_CHARS:
                j += 1
            yield _Placeholder('named', p, j, template[after:j], -1)
            i = j
            continue
        if after < n and template[after] == '{' and after + 1 < n \
                and template[after + 1] in _ID_START:
            j = after + 2
            while j < n and template[j] in _ID_CHARS:
                j += 1
            if j < n and template[j] == '}':
                yield _Placeholder('braced', p, j + 1, template[after + 1:j], -1)
                i = j + 1
                continue
        yield _Placeholder('invalid', p, after, None, after)
        i = after


class _Lookup:
    """Keyword arguments first, then the mapping (CPython uses a ChainMap)."""

    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        return self.mapping[key]


_sentinel_dict = {}


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _invalid(self, ph):
        i = ph.invalid_at
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            return _Lookup(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        pos = 0
        for ph in _placeholders(self.template, self.delimiter):
            out.append(self.template[pos:ph.start])
            pos = ph.end
            if ph.kind == 'escaped':
                out.append(self.delimiter)
            elif ph.kind == 'invalid':
                self._invalid(ph)
            else:
                out.append('%s' % (mapping[ph.name],))
        out.append(self.template[pos:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._mapping(mapping, kws)
        out = []
        pos = 0
        for ph in _placeholders(self.template, self.delimiter):
            out.append(self.template[pos:ph.start])
            pos = ph.end
            if ph.kind == 'escaped':
                out.append(self.delimiter)
            elif ph.kind == 'invalid':
                out.append(self.template[ph.start:ph.end])
            else:
                try:
                    out.append('%s' % (mapping[ph.name],))
                except KeyError:
                    out.append(self.template[ph.start:ph.end])
        out.append(self.template[pos:])
        return ''.join(out)

    def is_valid(self):
        for ph in _placeholders(self.template, self.delimiter):
            if ph.kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for ph in _placeholders(self.template, self.delimiter):
            if ph.name is not None and ph.name not in ids:
                ids.append(ph.name)
        return ids


def _parse_format(s):
    """(literal, field_name, format_spec, conversion) tuples, as str.format reads s."""
    out = []
    lit = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                out.append((''.join(lit), None, None, None))
                lit = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != '{':
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        if s[i + 1] == '{':
            lit.append('{')
            out.append((''.join(lit), None, None, None))
            lit = []
            i += 2
            continue
        # The field name runs to '!', ':' or '}' ('[...]' may hold any of them).
        j = i + 1
        in_bracket = False
        while j < n:
            ch = s[j]
            if ch == '[':
                in_bracket = True
            elif ch == ']':
                in_bracket = False
            elif in_bracket:
                pass
            elif ch == '{':
                raise ValueError("unexpected '{' in field name")
            elif ch in '}:!':
                break
            j += 1
        if j >= n:
            raise ValueError("expected '}' before end of string")
        name = s[i + 1:j]
        conversion = None
        spec = ''
        if s[j] == '!':
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if s[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        if s[j] == ':':
            k = j + 1
            depth = 1
            while k < n:
                if s[k] == '{':
                    depth += 1
                elif s[k] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                k += 1
            if k >= n:
                raise ValueError("unmatched '{' in format spec")
            spec = s[j + 1:k]
            j = k
        out.append((''.join(lit), name, spec, conversion))
        lit = []
        i = j + 1
    if lit:
        out.append((''.join(lit), None, None, None))
    return out


def _split_field_name(name):
    n = len(name)
    k = 0
    while k < n and name[k] not in '.[':
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    # The rest is read lazily, as CPython's iterator does: errors in it come after
    # the first part has been looked up.
    return first, _field_rest(name, k)


def _field_rest(name, k):
    n = len(name)
    while k < n:
        if name[k] == '.':
            j = k + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[k + 1:j]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield (True, attr)
            k = j
        elif name[k] == '[':
            j = name.find(']', k)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            yield (False, int(key) if key.isdigit() else key)
            k = j + 1
            if k < n and name[k] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """str.format's machinery as overridable methods."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
