# re: group numbers written other than as ASCII digits (a sign, underscores, other
# scripts' digits) are deprecated, in conditional references and in replacement
# templates; a bytes pattern's non-ASCII group name too. A Pattern's repr names its
# flags in CPython's order, other bits in hex.
import re
import warnings

def show(call):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter('always')
        try:
            r = call()
        except re.error as e:
            r = 're.error: %s' % e
    print(ascii(r))
    for w in ws:
        print('   ', w.category.__name__, ascii(str(w.message)), w.filename == __file__)

show(lambda: re.sub('(?P<a>x)', r'\g<+1>', 'xx'))
show(lambda: re.sub('(x)', '\\g<\u0661>', 'x'))
show(lambda: re.sub(b'(x)', rb'\g<+1>', b'x'))
show(lambda: re.sub('(x)', r'\g<1_0>', 'x'))
show(lambda: re.sub('(x)', r'\g<-1>', 'x'))
show(lambda: re.sub('(x)', r'\g< 1>', 'x'))
show(lambda: re.sub('(x)', r'\g<1>\g<01>', 'x'))
show(lambda: re.sub('(x)', r'\g<99999999999>', 'x'))
show(lambda: re.compile('(a)(?(+1)b|c)').pattern)
show(lambda: re.compile('(a)(?(\u0661)b|c)').pattern)
show(lambda: re.compile(b'(a)(?( 1)b|c)').pattern)
show(lambda: re.compile('(a)(?(-1)b|c)').pattern)
show(lambda: re.compile('(a)(?(0)b|c)').pattern)
show(lambda: re.compile(b'(?P<\xe0>a)').pattern)
show(lambda: re.compile(b'(?P<a>x)(?P=\xe0)').pattern)
show(lambda: re.compile('(?P<\xe0>a)').pattern)
show(lambda: re.match('(a)(?(+1)b|c)', 'ab').group())

for p, f in [('a', 0x123000), ('a', 0x123000 | re.I), ('a', re.I | re.M),
             ('a', re.A | re.X), (b'a', re.L | re.I), ('a', re.U), ('a', re.S | re.DEBUG * 0),
             ('a', 1 << 20)]:
    print(repr(re.compile(p, f)))
