# A SyntaxError raised after parsing (by the symbol table or the code generator)
# takes its text from the file the filename names: none for a string's source.
import os
for src in ["await x", "yield 1", "return 1", "*a", "x = *a", "break", "def f():\n    continue\n"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, repr(e.text))
# Given this script's own name, the text is read from this file.
try:
    compile("\n\nreturn 5", __file__, "exec")
except SyntaxError as e:
    print(e.msg, e.lineno, repr(e.text))
