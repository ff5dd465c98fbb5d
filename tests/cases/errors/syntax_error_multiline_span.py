# A SyntaxError whose span runs onto later lines: compile() of a str reports the
# first line without its newline and the end column clipped to it; of bytes, the
# end column as it is.
code = """
def foo(*args, **kwargs):
    pass

a, b, c = 1, 2, 3

foo(a, z
        for z in
            range(10), b, c)
"""
for src in (code, code.encode()):
    try:
        compile(src, "?", "exec")
    except SyntaxError as e:
        print(e.args, e.end_lineno, e.end_offset)
try:
    compile("x = (1 +\n 2 +\n)\n", "?", "exec")
except SyntaxError as e:
    print(e.args, e.end_lineno, e.end_offset)
compile(code, "?", "exec")
