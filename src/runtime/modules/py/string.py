"""mempy's `string` module, standing in for CPython's `string`.

Owns: the character-class constants, capwords(), Template ($-substitution:
substitute, safe_substitute, get_identifiers, is_valid; subclasses may change
`delimiter`, `idpattern`, `braceidpattern`, `flags` or `pattern`) and Formatter (str.format's steps as overridable methods:
format, vformat, parse, get_field, get_value, check_unused_args,
format_field, convert_field).

"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

import _string

digits = '0123456789'
octdigits = digits[:8]
hexdigits = '0123456789abcdefABCDEF'
ascii_lowercase = ''.join([chr(c) for c in range(ord('a'), ord('z') + 1)])
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ''.join([ascii_lowercase, ascii_uppercase])
whitespace = ' \t\n\r\x0b\x0c'
punctuation = ''.join([chr(c) for c in range(33, 127)
                       if not chr(c).isalnum()])
printable = ''.join([digits, ascii_letters, punctuation, whitespace])


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Capitalize every word of s.  Words are split and re-joined on sep; with
    no sep (or None) they are split on runs of whitespace, joined with one
    space, and leading/trailing whitespace disappears.
    """
    words = s.split(sep)
    joiner = ' ' if not sep else sep
    return joiner.join([w.capitalize() for w in words])


class _Lookup:
    """Keyword arguments first, then the mapping (CPython uses a ChainMap)."""

    def __init__(self, kws, mapping):
        self.kws = kws
        self.mapping = mapping

    def __getitem__(self, key):
        if key in self.kws:
            return self.kws[key]
        return self.mapping[key]


_NO_MAPPING = {}


def _template_regex(cls):
    # The placeholder regex of a Template class: its own `pattern` when the class
    # sets one (a str is compiled with the class's flags), else one built from
    # `delimiter`, `idpattern` and `braceidpattern`. It has the four groups
    # 'escaped', 'named', 'braced' and 'invalid'; VERBOSE is always on.
    import re
    if 'pattern' in cls.__dict__:
        source = cls.pattern
    else:
        d = re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or ident
        source = ('%s(?:(?P<escaped>%s)|(?P<named>%s)|\\{(?P<braced>%s)\\}|(?P<invalid>))'
                  % (d, d, ident, braced))
    if isinstance(source, str):
        return re.compile(source, cls.flags | re.VERBOSE)
    return source


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal $.
    Subclasses may change `delimiter`, `idpattern`, `braceidpattern`, `flags`
    or the whole `pattern`."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None   # re.IGNORECASE, set below with the compiled pattern

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _template_regex(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, mo):
        # Report the bad placeholder by 1-based line and column.
        at = mo.start('invalid')
        rows = self.template[:at].splitlines(keepends=True)
        if not rows:
            line, col = 1, 1
        else:
            line, col = len(rows), at - len(''.join(rows[:-1]))
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, col))

    def _fill(self, mapping, kws, lenient):
        if mapping is _NO_MAPPING:
            lookup = kws
        elif kws:
            lookup = _Lookup(kws, mapping)
        else:
            lookup = mapping

        def replace(mo):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if not lenient:
                    return str(lookup[name])
                try:
                    return str(lookup[name])
                except KeyError:
                    return mo.group()
            if mo.group('escaped') is not None:
                return self.delimiter
            if mo.group('invalid') is not None:
                if lenient:
                    return mo.group()
                self._invalid(mo)
            raise ValueError('Unrecognized named group in pattern', self.pattern)

        return self.pattern.sub(replace, self.template)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, True)

    def is_valid(self):
        for mo in self.pattern.finditer(self.template):
            if mo.group('invalid') is not None:
                return False
            if (mo.group('named') is None and mo.group('braced') is None
                    and mo.group('escaped') is None):
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return True

    def get_identifiers(self):
        ids = []
        for mo in self.pattern.finditer(self.template):
            name = mo.group('named') or mo.group('braced')
            if name is not None:
                if name not in ids:
                    ids.append(name)
            elif mo.group('invalid') is None and mo.group('escaped') is None:
                raise ValueError('Unrecognized named group in pattern', self.pattern)
        return ids


def _init_template():
    import re
    Template.flags = re.IGNORECASE
    Template.pattern = _template_regex(Template)


_init_template()


from _string import formatter_field_name_split as _split_field_name


_MIXED_NUMBERING = ('cannot switch from manual field specification to '
                    'automatic field numbering')


class Formatter:
    """The steps of str.format as methods a subclass can replace."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        touched = set()
        text, _ = self._vformat(format_string, args, kwargs, touched, 2)
        self.check_unused_args(touched, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index: next automatic number, or False once a field was
        # numbered by hand.  Returns the text and the updated counter.
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        counter = auto_arg_index
        out = []
        for literal, name, spec, conv in self.parse(format_string):
            if literal:
                out.append(literal)
            if name is None:
                continue
            if name == '':
                if counter is False:
                    raise ValueError(_MIXED_NUMBERING)
                name = str(counter)
                counter += 1
            elif name.isdigit():
                if counter:
                    raise ValueError(_MIXED_NUMBERING)
                counter = False
            value, key = self.get_field(name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conv)
            # The spec may itself hold fields ("{:{width}}").
            spec, counter = self._vformat(spec, args, kwargs, used_args,
                                          recursion_depth - 1,
                                          auto_arg_index=counter)
            out.append(self.format_field(value, spec))
        return ''.join(out), counter

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        converter = {'s': str, 'r': repr, 'a': ascii}.get(conversion)
        if converter is None:
            raise ValueError('Unknown conversion specifier %s' % (conversion,))
        return converter(value)

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        head, steps = _split_field_name(field_name)
        found = self.get_value(head, args, kwargs)
        for by_attr, key in steps:
            found = getattr(found, key) if by_attr else found[key]
        return found, head
