# compile() issues its SyntaxWarnings through the warnings module: catch_warnings
# records them (category, filename, lineno), an "error" filter turns one into a
# SyntaxError at its place; the warnings: assert on a non-empty tuple, "is" with a
# literal, calling or subscripting a literal ("perhaps you missed a comma?"). Numeric
# literals name a bad digit after "_", and a non-ASCII character after a number is an
# invalid character, not an invalid literal.
import warnings

sources = ['assert(x, "msg")', 'assert(False,)', 'x is 1', 'x is not "a"',
           '[(1, 2) (3, 4)]', '[None (3, 4)]', '[f"{x}" (3, 4)]', '[12.3j [i, j]]',
           '[(1, 2) [i, j]]', '["abc" [i, j]]', '[[1, 2] [{3: 4}]]', '[[1, 2] [1:2]]',
           'assert x, "msg"', 'x is None', 'f(1) (2)']
for src in sources:
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter('always', SyntaxWarning)
        compile(src, '<case>', 'exec')
    print(src, [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in got])
    with warnings.catch_warnings():
        warnings.simplefilter('error', SyntaxWarning)
        try:
            compile('\n' + src, '<case>', 'exec')
        except SyntaxError as e:
            print('  error:', e.msg, e.lineno, e.offset)

for src in ["0b1_2", "0o1_8", "0b12", "0x1_", "0xf\u20447", "9\u20447", "1.\u20447"]:
    try:
        compile(src, "<t>", "eval")
    except SyntaxError as e:
        print(ascii(src), e.msg)

for src in ["exec {1:(foo.)}", "print {1:foo}", "exec foo"]:
    try:
        compile(src, "<t>", "exec")
    except SyntaxError as e:
        print(src, '->', e.msg)
