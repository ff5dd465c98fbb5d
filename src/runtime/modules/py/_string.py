"""string helper module"""
# `_string` (mirrors CPython's Objects/stringlib/unicode_format.h as exposed by
# Modules/_string): the two parsers of str.format's syntax that string.Formatter
# is built on. formatter_parser(s) iterates over (literal, field_name,
# format_spec, conversion) tuples; formatter_field_name_split(name) gives the
# field's first part (an int when it is all digits) and an iterator over the
# (is_attribute, key) steps that follow. Both are lazy, as CPython's iterators
# are: a malformed part raises when the iteration reaches it.


def _check_str(s):
    if not isinstance(s, str):
        raise TypeError("expected str, got %s" % type(s).__name__)


def formatter_parser(s):
    """parse the argument as a format string"""
    _check_str(s)
    return _parse(s)


def _parse(s):
    # (literal, field_name, format_spec, conversion) tuples, as str.format reads
    # s, one at a time: an error in the string comes when the iteration reaches it.
    lit = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '}':
            if i + 1 < n and s[i + 1] == '}':
                lit.append('}')
                yield (''.join(lit), None, None, None)
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
            yield (''.join(lit), None, None, None)
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
        yield (''.join(lit), name, spec, conversion)
        lit = []
        i = j + 1
    if lit:
        yield (''.join(lit), None, None, None)


def formatter_field_name_split(name):
    """split the argument as a field name"""
    _check_str(name)
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
