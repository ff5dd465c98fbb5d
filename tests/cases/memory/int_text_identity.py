# An int's str and repr are new strs, one digit included (CPython's
# long_to_decimal_string never hands out the shared one-character strings);
# object.__str__ and !r answer what __repr__ returned, as it is.
n = len('abc')
m = -n
print('str', str(n) is str(n))
print('repr', repr(n) is repr(n))
print('f-string', f'{n}' is f'{n}')
print('f-string !r', f'{n!r}' is f'{n!r}')
print('f-string !s', f'{n!s}' is f'{n!s}')
print('format', format(n) is format(n))
print('negative', str(m) is str(m))
print('__repr__', n.__repr__() is n.__repr__())
print('__str__', n.__str__() is n.__str__())
print('chr', chr(n + 60) is chr(n + 60))
print('digit of a str', str(n * 10)[0] is str(n * 10)[0])


class R:
    text = 'cached repr text'

    def __repr__(self):
        return R.text


r = R()
print('object.__str__', r.__str__() is R.text)
print('str()', str(r) is R.text)
print('repr()', repr(r) is R.text)
print('f-string', f'{r}' is R.text)
print('f-string !r', f'{r!r}' is R.text)
print('format()', format(r) is R.text)
