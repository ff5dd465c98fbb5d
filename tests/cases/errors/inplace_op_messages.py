# An unsupported augmented assignment names the augmented operator (`+=`, `**=`),
# while the sequence errors keep their own wording; the attribute builtins'
# non-str name error.
def attempt(code, env):
    try:
        exec(code, env)
        print('ok', env.get('x'))
    except TypeError as e:
        print('TypeError', e)


for code in ('x += 1', 'x -= 1', 'x *= 1', 'x @= 1', 'x /= 1', 'x //= 1', 'x %= 1',
             'x **= 1', 'x <<= 1', 'x >>= 1', 'x &= 1', 'x |= 1', 'x ^= 1'):
    attempt(code, {'x': None})
attempt('x += 1', {'x': 'a'})
attempt('x += 1', {'x': [1]})
attempt('x *= "a"', {'x': [1]})
attempt('x += "a"', {'x': b'a'})
attempt('x += 1', {'x': (1,)})
attempt('x |= 1', {'x': {1}})
attempt('x **= 2', {'x': 3})


class Sub(list):
    pass


attempt('x += 1', {'x': Sub()})
for f in (lambda: getattr(1, 2), lambda: setattr(1, 2, 3), lambda: hasattr(1, 2),
          lambda: delattr(1, 2), lambda: getattr(1, 2, 3)):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)
