# An unknown escape (`"\d"`) or an octal escape above 0o377 in a str or bytes
# literal keeps its text and raises one DeprecationWarning per literal, at
# compile time: ignored by default, shown under "always", a SyntaxError under
# "error" (located at the literal).
import warnings
print("\d", b"\d", "\477", len("\q\w"))
warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as w:
    compile('x = "\\d" "\\q"\nb"\\d"\n"\\477"\nf"\\d{1}"\nb"\\477"\nr"\\d"\n"""a\n\\d"""', '<s>', 'exec')
for m in w:
    print(m.category.__name__, m.lineno, m.message)
warnings.simplefilter('error')
try:
    compile('x = 1\n"\\d"', '<s>', 'exec')
except SyntaxError as e:
    print(repr(e), e.lineno, e.offset)
try:
    compile('x = 1\n1if 2 else 3', '<s>', 'exec')
except SyntaxError as e:
    print(repr(e), e.lineno, e.offset)
warnings.simplefilter('always')
with warnings.catch_warnings(record=True) as w:
    try:
        eval("'\\e' $")
    except SyntaxError as e:
        print('SyntaxError', e)
    print(eval(r"f'\{6*7}'"))
    try:
        compile('1else', '<s>', 'eval')
    except SyntaxError as e:
        print('SyntaxError', e)
for m in w:
    print(m.category.__name__, m.lineno, m.message)
