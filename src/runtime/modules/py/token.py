"""mempy's `token` module: the numbers and names of the token types of
Python 3.11's tokenizer (what `tokenize` yields and `tok_name` names), the
operator strings' exact types, and the terminal/non-terminal tests. Written
for mempy from the documented behaviour of CPython 3.11's token module."""

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF']

# The token types in number order (0, 1, ...); the operators are those of
# EXACT_TOKEN_TYPES below.
_NAMES = """
ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT
LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER LESS
GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL
GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL
MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL
CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL DOUBLESLASH
DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL
OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN
COMMENT NL ENCODING N_TOKENS
""".split()

for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
    __all__.append(_name)
del _number, _name

# Non-terminal symbols (grammar rules) are numbered from here.
NT_OFFSET = 256
__all__.append('NT_OFFSET')

tok_name = {value: name for name, value in globals().items()
            if isinstance(value, int) and not name.startswith('_')}

# The operator tokens, which the tokenizer reports as OP, by their text.
_OPERATORS = (
    ('!=', NOTEQUAL), ('%', PERCENT), ('%=', PERCENTEQUAL), ('&', AMPER),
    ('&=', AMPEREQUAL), ('(', LPAR), (')', RPAR), ('*', STAR),
    ('**', DOUBLESTAR), ('**=', DOUBLESTAREQUAL), ('*=', STAREQUAL),
    ('+', PLUS), ('+=', PLUSEQUAL), (',', COMMA), ('-', MINUS),
    ('-=', MINEQUAL), ('->', RARROW), ('.', DOT), ('...', ELLIPSIS),
    ('/', SLASH), ('//', DOUBLESLASH), ('//=', DOUBLESLASHEQUAL),
    ('/=', SLASHEQUAL), (':', COLON), (':=', COLONEQUAL), (';', SEMI),
    ('<', LESS), ('<<', LEFTSHIFT), ('<<=', LEFTSHIFTEQUAL),
    ('<=', LESSEQUAL), ('=', EQUAL), ('==', EQEQUAL), ('>', GREATER),
    ('>=', GREATEREQUAL), ('>>', RIGHTSHIFT), ('>>=', RIGHTSHIFTEQUAL),
    ('@', AT), ('@=', ATEQUAL), ('[', LSQB), (']', RSQB),
    ('^', CIRCUMFLEX), ('^=', CIRCUMFLEXEQUAL), ('{', LBRACE),
    ('|', VBAR), ('|=', VBAREQUAL), ('}', RBRACE), ('~', TILDE),
)
EXACT_TOKEN_TYPES = dict(_OPERATORS)
del _OPERATORS


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
