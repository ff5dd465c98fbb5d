# A number run straight into a keyword (`1if x else y`) is accepted with a
# SyntaxWarning naming the literal's kind (CPython's verify_end_of_number); a
# "error" filter turns it into a SyntaxError; other letters are a SyntaxError.
import warnings

x = 1if 1else 2
print(x)
warnings.simplefilter('always')
for src in ['1if x else y', '0in x', '1.and x', '0xfor x in ()', '1jor x',
            '0o7is x', '1e3not in x', '[0x1for x in ()]', '0b1or x', '1spam', '0xfand x']:
    try:
        with warnings.catch_warnings(record=True) as w:
            compile(src, '<t>', 'eval')
        print('ok', src, [str(m.message) for m in w])
    except SyntaxError as e:
        print('SyntaxError', src, e)
warnings.simplefilter('error')
try:
    compile('1if x else y', '<t>', 'eval')
except SyntaxError as e:
    print('SyntaxError', e)
