# Errors inside an f-string field: CPython 3.11 parses the field as "(expr)", so
# a parser error reads "f-string: ..." and its text and columns are those of the
# fragment; a tokenizer error has no prefix; an empty field names the delimiter
# that came too early; a compiler error (yield at module level) has no text when
# the source is no file.
cases = [
    "f'{a b}'", "f'{*a}'", "f'{**a}'", "f'{x:{*a}}'", "f'{lambda x:1}'",
    "f'{1 if}'", "f'{,}'", "f'{a.}'", "f'{def}'", "f'{x;y}'",
    "f'{!r}'", "f'{:x}'", "f'{=}'", "f'{ =}'", "f'{ !r}'", "f'{!}'", "f'{}'", "f'{ }'",
    "f'''{\xa0}'''", "f'{\v}'", "f'{a\xa0}'", "f'{1_}'", "f'{0x}'", "f'{$}'",
    "f'{f\"{}\"}'", "f'{f\"{a b}\"}'", "x = 1; f'{ f\"{x!z}\" }'", "f'{b\"a\" \"b\"}'",
    "f'{a:{b c}}'", "f'{yield}'", "f'{await x}'",
    "z = f'''\n{\na b}'''",
]
for c in cases:
    try:
        compile(c, "<fs>", "exec")
        print(repr(c), "compiled")
    except SyntaxError as e:
        print(repr(c), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
