# mempy's `json.scanner`: make_scanner, the function that reads one JSON value at an
# index. `_json`'s Scanner when that module is importable, else py_make_scanner, which
# dispatches on the first character to the parser hooks of its context (a
# JSONDecoder: parse_string, parse_object, parse_array and the converters). Written for
# mempy from the documented behaviour of CPython 3.11's json.scanner.
"""JSON token scanner
"""
import re
try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

NUMBER_RE = re.compile(
    r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
    (re.VERBOSE | re.MULTILINE | re.DOTALL))


def _number_end(s, i):
    # End of the JSON number at s[i] and whether it has a fraction or an exponent;
    # (-1, False) when there is none. The regex NUMBER_RE describes the same text.
    n = len(s)
    j = i
    if j < n and s[j] == '-':
        j += 1
    if j < n and s[j] == '0':
        j += 1
    elif j < n and '1' <= s[j] <= '9':
        j += 1
        while j < n and '0' <= s[j] <= '9':
            j += 1
    else:
        return -1, False
    is_float = False
    if j + 1 < n and s[j] == '.' and '0' <= s[j + 1] <= '9':
        j += 2
        while j < n and '0' <= s[j] <= '9':
            j += 1
        is_float = True
    if j < n and (s[j] == 'e' or s[j] == 'E'):
        k = j + 1
        if k < n and (s[k] == '+' or s[k] == '-'):
            k += 1
        if k < n and '0' <= s[k] <= '9':
            k += 1
            while k < n and '0' <= s[k] <= '9':
                k += 1
            j = k
            is_float = True
    return j, is_float


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            nextchar = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if nextchar == '"':
            return parse_string(string, idx + 1, strict)
        if nextchar == '{':
            return parse_object((string, idx + 1), strict, _scan_once, object_hook,
                                object_pairs_hook, memo)
        if nextchar == '[':
            return parse_array((string, idx + 1), _scan_once)
        if nextchar == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        if nextchar == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        if nextchar == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        end, is_float = _number_end(string, idx)
        if end >= 0:
            if is_float:
                return parse_float(string[idx:end]), end
            return parse_int(string[idx:end]), end
        if nextchar == 'N' and string[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if nextchar == 'I' and string[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if nextchar == '-' and string[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        raise StopIteration(idx)

    def scan_once(string, idx):
        # The key memo lives for one top-level call.
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
