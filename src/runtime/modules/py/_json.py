# mempy's `_json`: the accelerator interface CPython's json package looks for
# (Modules/_json.c): scanstring, make_scanner (the Scanner type), make_encoder (the
# Encoder type), encode_basestring and encode_basestring_ascii.
#
# Written for mempy from the documented and observed behaviour of CPython 3.11's _json.
# The work is native (`_mempy_json`, src/runtime/modules/json.rs): the escapers and
# scanstring are its functions, and the two classes below get their `__call__` from
# it (`install`), so a `json.loads` or a one-shot `json.dumps` runs no Python code
# but the hooks it is given. The classes' constructors stay here: they read and check
# their arguments as the C types' do (a context without the attributes is an
# AttributeError, a flag whose __bool__ raises fails at construction) and keep what
# the native call reads in one tuple, `_c`.
# It is where json's default paths differ from its pure-Python fallbacks, exactly as
# CPython's C module differs from json.decoder.py_scanstring and friends:
# * scanstring's messages name no character ("Invalid \escape" at the backslash,
#   "Invalid control character at" the character);
# * the one-shot encoder (json.dumps with indent=None) reports a non-finite float
#   without its repr, and builds the whole text at once instead of yielding chunks.
# json's package modules import these names and fall back to their own Python versions
# when `_json` is blocked (import_fresh_module(..., blocked=['_json'])).

import _mempy_json
from _mempy_json import scanstring, encode_basestring, encode_basestring_ascii

__all__ = ['make_encoder', 'make_scanner', 'scanstring', 'encode_basestring',
           'encode_basestring_ascii']


class Scanner(object):
    """JSON scanner object"""
    __slots__ = ('strict', 'object_hook', 'object_pairs_hook', 'parse_float',
                 'parse_int', 'parse_constant', '_c')

    def __init__(self, context):
        # The key memo is made first and lives as long as the scanner (emptied after
        # each call), as the C type's.
        memo = {}
        self.strict = bool(context.strict)
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self._c = (self.strict, self.object_hook, self.object_pairs_hook,
                   self.parse_float, self.parse_int, self.parse_constant, memo)


make_scanner = Scanner


class Encoder(object):
    """_iterencode(obj, _current_indent_level) -> iterable"""
    __slots__ = ('markers', 'default', 'encoder', 'indent', 'key_separator',
                 'item_separator', 'sort_keys', 'skipkeys', '_c')

    def __init__(self, markers, default, encoder, indent, key_separator,
                 item_separator, sort_keys, skipkeys, allow_nan):
        if not isinstance(key_separator, str):
            raise TypeError('make_encoder() argument 5 must be str, not %s'
                            % type(key_separator).__name__)
        if not isinstance(item_separator, str):
            raise TypeError('make_encoder() argument 6 must be str, not %s'
                            % type(item_separator).__name__)
        sort_keys = bool(sort_keys)
        skipkeys = bool(skipkeys)
        allow_nan = bool(allow_nan)
        if markers is not None and not isinstance(markers, dict):
            raise TypeError('make_encoder() argument 1 must be dict or None, not %s'
                            % type(markers).__name__)
        self.markers, self.default, self.encoder = markers, default, encoder
        # Kept, not applied: C's encoder writes no indentation (json.encoder only
        # uses it when indent is None).
        self.indent = indent
        self.key_separator, self.item_separator = key_separator, item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self._c = (markers, default, encoder, indent, key_separator, item_separator,
                   sort_keys, skipkeys, allow_nan, _EMPTY_ARRAY, _EMPTY_OBJECT)


make_encoder = Encoder
# What the encoder writes for an empty list and an empty dict: one str each for the
# process, as C's static strings (so json.dumps([]) is json.dumps([])).
_EMPTY_ARRAY = ''.join(['[', ']'])
_EMPTY_OBJECT = ''.join(['{', '}'])
_mempy_json.install(Scanner, Encoder)
del _mempy_json
