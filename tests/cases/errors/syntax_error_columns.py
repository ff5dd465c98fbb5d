# SyntaxError columns as CPython reports them for str sources: characters, not
# UTF-8 bytes (the parser converts, the tokenizer counts characters); an error at
# a NEWLINE token ends where it starts; an unclosed bracket has end_offset 0.
for src in ['x = "ééé" +', 'x = 1 +\n', 'x = (1 +\n', 'if x:\n  y = 1 +\n',
            'α = 0xI', 'é = (1 2)', 'f(é é)', 'ü = [1,\n', 'x = "é" "ü" $']:
    try:
        compile(src, '<s>', 'exec')
    except SyntaxError as e:
        print(repr(e), e.lineno, e.offset, e.end_lineno, e.end_offset)
exec('α = 0xI')
