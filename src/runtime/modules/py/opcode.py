"""opcode: CPython 3.11's instruction set as tables -- each instruction's name and
number, which ones take an argument of a given kind (a constant, a name, a relative
jump, a local, a cell or free variable, a comparison), how many inline cache units
follow each, and the specialised forms the adaptive interpreter rewrites them into.

mempy runs an instruction set of its own; `co_code` presents its instructions with
these numbers (one CPython 3.11 also has gets its number, the others 0, see
`bytecode::disasm::code_units`), so tools that read `co_code` through `dis.opname`
name them. `stack_effect` is absent, as in a CPython built without `_opcode`: mempy's
stack depths are those of its own instructions.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
           "hascompare", "hasfree", "opname", "opmap", "HAVE_ARGUMENT",
           "EXTENDED_ARG", "hasnargs"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

# Instructions numbered from here on take an argument.
HAVE_ARGUMENT = 90
EXTENDED_ARG = 144

# number, name, the kinds of its argument, the inline cache units after it.
# Kinds: c constant, n name, j relative jump, l local, f cell/free, p comparison.
_TABLE = """
      0 CACHE                      -  0
      1 POP_TOP                    -  0
      2 PUSH_NULL                  -  0
      9 NOP                        -  0
     10 UNARY_POSITIVE             -  0
     11 UNARY_NEGATIVE             -  0
     12 UNARY_NOT                  -  0
     15 UNARY_INVERT               -  0
     25 BINARY_SUBSCR              -  4
     30 GET_LEN                    -  0
     31 MATCH_MAPPING              -  0
     32 MATCH_SEQUENCE             -  0
     33 MATCH_KEYS                 -  0
     35 PUSH_EXC_INFO              -  0
     36 CHECK_EXC_MATCH            -  0
     37 CHECK_EG_MATCH             -  0
     49 WITH_EXCEPT_START          -  0
     50 GET_AITER                  -  0
     51 GET_ANEXT                  -  0
     52 BEFORE_ASYNC_WITH          -  0
     53 BEFORE_WITH                -  0
     54 END_ASYNC_FOR              -  0
     60 STORE_SUBSCR               -  1
     61 DELETE_SUBSCR              -  0
     68 GET_ITER                   -  0
     69 GET_YIELD_FROM_ITER        -  0
     70 PRINT_EXPR                 -  0
     71 LOAD_BUILD_CLASS           -  0
     74 LOAD_ASSERTION_ERROR       -  0
     75 RETURN_GENERATOR           -  0
     82 LIST_TO_TUPLE              -  0
     83 RETURN_VALUE               -  0
     84 IMPORT_STAR                -  0
     85 SETUP_ANNOTATIONS          -  0
     86 YIELD_VALUE                -  0
     87 ASYNC_GEN_WRAP             -  0
     88 PREP_RERAISE_STAR          -  0
     89 POP_EXCEPT                 -  0
     90 STORE_NAME                 n  0
     91 DELETE_NAME                n  0
     92 UNPACK_SEQUENCE            -  1
     93 FOR_ITER                   j  0
     94 UNPACK_EX                  -  0
     95 STORE_ATTR                 n  4
     96 DELETE_ATTR                n  0
     97 STORE_GLOBAL               n  0
     98 DELETE_GLOBAL              n  0
     99 SWAP                       -  0
    100 LOAD_CONST                 c  0
    101 LOAD_NAME                  n  0
    102 BUILD_TUPLE                -  0
    103 BUILD_LIST                 -  0
    104 BUILD_SET                  -  0
    105 BUILD_MAP                  -  0
    106 LOAD_ATTR                  n  4
    107 COMPARE_OP                 p  2
    108 IMPORT_NAME                n  0
    109 IMPORT_FROM                n  0
    110 JUMP_FORWARD               j  0
    111 JUMP_IF_FALSE_OR_POP       j  0
    112 JUMP_IF_TRUE_OR_POP        j  0
    114 POP_JUMP_FORWARD_IF_FALSE  j  0
    115 POP_JUMP_FORWARD_IF_TRUE   j  0
    116 LOAD_GLOBAL                n  5
    117 IS_OP                      -  0
    118 CONTAINS_OP                -  0
    119 RERAISE                    -  0
    120 COPY                       -  0
    122 BINARY_OP                  -  1
    123 SEND                       j  0
    124 LOAD_FAST                  l  0
    125 STORE_FAST                 l  0
    126 DELETE_FAST                l  0
    128 POP_JUMP_FORWARD_IF_NOT_NONE j  0
    129 POP_JUMP_FORWARD_IF_NONE   j  0
    130 RAISE_VARARGS              -  0
    131 GET_AWAITABLE              -  0
    132 MAKE_FUNCTION              -  0
    133 BUILD_SLICE                -  0
    134 JUMP_BACKWARD_NO_INTERRUPT j  0
    135 MAKE_CELL                  f  0
    136 LOAD_CLOSURE               f  0
    137 LOAD_DEREF                 f  0
    138 STORE_DEREF                f  0
    139 DELETE_DEREF               f  0
    140 JUMP_BACKWARD              j  0
    142 CALL_FUNCTION_EX           -  0
    144 EXTENDED_ARG               -  0
    145 LIST_APPEND                -  0
    146 SET_ADD                    -  0
    147 MAP_ADD                    -  0
    148 LOAD_CLASSDEREF            f  0
    149 COPY_FREE_VARS             -  0
    151 RESUME                     -  0
    152 MATCH_CLASS                -  0
    155 FORMAT_VALUE               -  0
    156 BUILD_CONST_KEY_MAP        -  0
    157 BUILD_STRING               -  0
    160 LOAD_METHOD                n  10
    162 LIST_EXTEND                -  0
    163 SET_UPDATE                 -  0
    164 DICT_MERGE                 -  0
    165 DICT_UPDATE                -  0
    166 PRECALL                    -  1
    171 CALL                       -  4
    172 KW_NAMES                   c  0
    173 POP_JUMP_BACKWARD_IF_NOT_NONE j  0
    174 POP_JUMP_BACKWARD_IF_NONE  j  0
    175 POP_JUMP_BACKWARD_IF_FALSE j  0
    176 POP_JUMP_BACKWARD_IF_TRUE  j  0
"""

# Each adaptive instruction and the suffixes of its specialised forms
# (`BINARY_OP` + `ADD_INT` is `BINARY_OP_ADD_INT`; a suffix starting with `_`
# joins with a second underscore, as `LOAD_FAST__LOAD_FAST`).
_SPECIALISED = """
    BINARY_OP: ADAPTIVE ADD_FLOAT ADD_INT ADD_UNICODE INPLACE_ADD_UNICODE MULTIPLY_FLOAT MULTIPLY_INT SUBTRACT_FLOAT SUBTRACT_INT
    BINARY_SUBSCR: ADAPTIVE DICT GETITEM LIST_INT TUPLE_INT
    CALL: ADAPTIVE PY_EXACT_ARGS PY_WITH_DEFAULTS
    COMPARE_OP: ADAPTIVE FLOAT_JUMP INT_JUMP STR_JUMP
    EXTENDED_ARG: QUICK
    JUMP_BACKWARD: QUICK
    LOAD_ATTR: ADAPTIVE INSTANCE_VALUE MODULE SLOT WITH_HINT
    LOAD_CONST: _LOAD_FAST
    LOAD_FAST: _LOAD_CONST _LOAD_FAST
    LOAD_GLOBAL: ADAPTIVE BUILTIN MODULE
    LOAD_METHOD: ADAPTIVE CLASS MODULE NO_DICT WITH_DICT WITH_VALUES
    PRECALL: ADAPTIVE BOUND_METHOD BUILTIN_CLASS BUILTIN_FAST_WITH_KEYWORDS METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS NO_KW_BUILTIN_FAST NO_KW_BUILTIN_O NO_KW_ISINSTANCE NO_KW_LEN NO_KW_LIST_APPEND NO_KW_METHOD_DESCRIPTOR_FAST NO_KW_METHOD_DESCRIPTOR_NOARGS NO_KW_METHOD_DESCRIPTOR_O NO_KW_STR_1 NO_KW_TUPLE_1 NO_KW_TYPE_1 PYFUNC
    RESUME: QUICK
    STORE_ATTR: ADAPTIVE INSTANCE_VALUE SLOT WITH_HINT
    STORE_FAST: _LOAD_FAST _STORE_FAST
    STORE_SUBSCR: ADAPTIVE DICT LIST_INT
    UNPACK_SEQUENCE: ADAPTIVE LIST TUPLE TWO_TUPLE
"""

opname = ['<%r>' % (op,) for op in range(256)]
opmap = {}
hasconst = []
hasname = []
hasjrel = []
hasjabs = []
haslocal = []
hascompare = []
hasfree = []
hasnargs = []
_inline_cache_entries = [0] * 256

_KIND_LISTS = {'c': hasconst, 'n': hasname, 'j': hasjrel, 'l': haslocal,
               'p': hascompare, 'f': hasfree}

for _row in _TABLE.split('\n'):
    if not _row.strip():
        continue
    _number, _name, _kinds, _caches = _row.split()
    _number = int(_number)
    opname[_number] = _name
    opmap[_name] = _number
    for _kind in _kinds.strip('-'):
        _KIND_LISTS[_kind].append(_number)
    _inline_cache_entries[_number] = int(_caches)

_specializations = {}
for _row in _SPECIALISED.split('\n'):
    if not _row.strip():
        continue
    _base, _suffixes = _row.split(':')
    _base = _base.strip()
    _specializations[_base] = [_base + '_' + _suffix for _suffix in _suffixes.split()]

_specialized_instructions = [
    _op for _family in _specializations.values() for _op in _family
]
_specialization_stats = [
    "success",
    "failure",
    "hit",
    "deferred",
    "miss",
    "deopt",
]

# BINARY_OP's argument: the operator it applies (`NB_ADD` is 0, `+`).
_nb_ops = [
    ('NB_ADD', '+'),
    ('NB_AND', '&'),
    ('NB_FLOOR_DIVIDE', '//'),
    ('NB_LSHIFT', '<<'),
    ('NB_MATRIX_MULTIPLY', '@'),
    ('NB_MULTIPLY', '*'),
    ('NB_REMAINDER', '%'),
    ('NB_OR', '|'),
    ('NB_POWER', '**'),
    ('NB_RSHIFT', '>>'),
    ('NB_SUBTRACT', '-'),
    ('NB_TRUE_DIVIDE', '/'),
    ('NB_XOR', '^'),
    ('NB_INPLACE_ADD', '+='),
    ('NB_INPLACE_AND', '&='),
    ('NB_INPLACE_FLOOR_DIVIDE', '//='),
    ('NB_INPLACE_LSHIFT', '<<='),
    ('NB_INPLACE_MATRIX_MULTIPLY', '@='),
    ('NB_INPLACE_MULTIPLY', '*='),
    ('NB_INPLACE_REMAINDER', '%='),
    ('NB_INPLACE_OR', '|='),
    ('NB_INPLACE_POWER', '**='),
    ('NB_INPLACE_RSHIFT', '>>='),
    ('NB_INPLACE_SUBTRACT', '-='),
    ('NB_INPLACE_TRUE_DIVIDE', '/='),
    ('NB_INPLACE_XOR', '^='),
]

# The fields of each instruction's inline cache, in code units.
_cache_format = {
    'LOAD_GLOBAL': {
        'counter': 1,
        'index': 1,
        'module_keys_version': 2,
        'builtin_keys_version': 1,
    },
    'BINARY_OP': {
        'counter': 1,
    },
    'UNPACK_SEQUENCE': {
        'counter': 1,
    },
    'COMPARE_OP': {
        'counter': 1,
        'mask': 1,
    },
    'BINARY_SUBSCR': {
        'counter': 1,
        'type_version': 2,
        'func_version': 1,
    },
    'LOAD_ATTR': {
        'counter': 1,
        'version': 2,
        'index': 1,
    },
    'STORE_ATTR': {
        'counter': 1,
        'version': 2,
        'index': 1,
    },
    'LOAD_METHOD': {
        'counter': 1,
        'type_version': 2,
        'dict_offset': 1,
        'keys_version': 2,
        'descr': 4,
    },
    'CALL': {
        'counter': 1,
        'func_version': 2,
        'min_args': 1,
    },
    'PRECALL': {
        'counter': 1,
    },
    'STORE_SUBSCR': {
        'counter': 1,
    },
}

del _row, _number, _name, _kinds, _caches, _kind, _base, _suffixes, _KIND_LISTS
del _TABLE, _SPECIALISED
