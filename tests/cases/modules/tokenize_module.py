# A source-code tool built on tokenize: list a snippet's tokens, count names,
# strip comments, find the encoding, and round-trip with untokenize.
import io
import token
import tokenize

SOURCE = '''\
# -*- coding: utf-8 -*-
def greet(name: str = "wörld") -> str:  # say hello
    """Docstring
    over two lines."""
    total = (1 + 0x1F +
             2.5e3j)
    if name:
        return f"hi {name}" + 'x' \\
            "y"
    return r'\\d+' ** 2  # unreachable

x = [a for a in range(3)] ; y = x[1:] @ z
'''

for tok in tokenize.generate_tokens(io.StringIO(SOURCE).readline):
    print(tokenize.tok_name[tok.type], tok.exact_type == tok.type, repr(tok.string), tok.start, tok.end)

toks = list(tokenize.tokenize(io.BytesIO(SOURCE.encode('utf-8')).readline))
print(toks[0], toks[-1])
print(repr(toks[3]))
names = [t.string for t in toks if t.type == token.NAME]
print(len(names), sorted(set(names))[:8])
print(sorted({token.tok_name[t.exact_type] for t in toks if t.type == token.OP}))
no_comments = [t for t in toks if t.type != tokenize.COMMENT]
print(tokenize.untokenize(no_comments).decode('utf-8'))
print(tokenize.untokenize(toks).decode('utf-8') == SOURCE)
print(tokenize.untokenize([(t.type, t.string) for t in toks[:12]]))
for src in [b'\xef\xbb\xbfx = 1\n', b'#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\n', b'x = 1\n', b'']:
    print(tokenize.detect_encoding(io.BytesIO(src).readline))
for bad in [b'# coding: nope\n', b'\xef\xbb\xbf# coding: latin-1\n']:
    try:
        tokenize.detect_encoding(io.BytesIO(bad).readline)
    except SyntaxError as e:
        print('SyntaxError', e)
for bad in ['s = """unterminated\n', 'f(1,\n', 'if x:\n        a\n    b\n']:
    try:
        for t in tokenize.generate_tokens(io.StringIO(bad).readline):
            pass
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
print(list(tokenize.generate_tokens(io.StringIO('a = $\n').readline))[2])
print(token.ISTERMINAL(token.NAME), token.ISNONTERMINAL(300), token.ISEOF(token.ENDMARKER), token.N_TOKENS, token.EXACT_TOKEN_TYPES['**='])
