# Errors raised by CPython's tokenizer carry the line without its newline and mark
# one column; a non-printable character is named by its code point only.
for c in ["x = 1_\n", "x = 0x\n", "x = 'abc\n", "x = (a\xa0)\n", "x = (a\u2028)\n",
          "x = (a\u20ac)\n", "x = \x01\n", "x = 1 \x0b\n", "x = \x7f\n", "x = `\n", "x = $\n"]:
    try:
        compile(c, "<s>", "exec")
    except SyntaxError as e:
        print(e.args)
