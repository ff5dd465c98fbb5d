# An unparenthesized yield expression as an assignment target has its own message;
# a parenthesized one is an invalid target like the others. A starred assignment
# takes at most 255 names before the star.
def check(src):
    try:
        compile(src, 'test', 'exec')
        print('ok', ascii(src[:40]))
    except SyntaxError as e:
        print(ascii(src[:40]), '->', e.msg, e.lineno, e.offset)

check('def f(): x = yield = y')
check('def f(): yield = 1')
check('def f(): yield x = 1')
check('def f(): x = yield 1 = y')
check('def f(): x = yield from z = y')
check('def f(): x = y = yield = 1')
check('def f(): x = (yield) = y')
check('def f(): (yield) = 1')
check('def f(): x = yield')
check('def f(): x = y = yield')
check('def f(): x = f() = yield = 1')
check('def f(): yield = f() = 1')

names = ', '.join('a%d' % i for i in range(255))
check(names + ', *rest = range(300)')
names = ', '.join('a%d' % i for i in range(256))
check(names + ', *rest = range(300)')
check('*rest, ' + names + ' = range(300)')
check('[' + names + ', *rest] = range(300)')
