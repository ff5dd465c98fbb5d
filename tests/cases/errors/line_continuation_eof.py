# A `\` continuation: at the very end of the input it is "unexpected EOF while
# parsing" placed right after the backslash;
# followed by anything but a newline (a space too) it is "unexpected character after
# line continuation character".
cases = ['x = 5\\', '\\', '"a" \\', 'A.\u018a\\ ', 'x = 1 +\\ ', 'a \\ b',
         'x = 5\\\n', 'x = 5\\ \n', 'x = 5\\\n   ', 'x = (1 +\\\n 2)']
for c in cases:
    try:
        compile(c, "<string>", "exec")
        print("compiled", repr(c))
    except SyntaxError as e:
        print(repr(c), "->", e.msg, e.lineno, e.offset)
