# Checks: format()'s second argument must be a str (a str subclass counts).
class S(str):
    pass


print(format(5, 'b'), format(5, S('>4')), format('x'), format(2.5, ''))
for spec in (3, None, b'd'):
    try:
        format(2, spec)
    except TypeError as e:
        print(e)


# __format__ must return a str, whichever way formatting reaches it.
class BadFormat:
    def __format__(self, spec):
        return 42


for f in (lambda: format(BadFormat()), lambda: f'{BadFormat()}', lambda: '{}'.format(BadFormat()),
          lambda: format(BadFormat(), 'x'), lambda: f'{BadFormat():>3}'):
    try:
        print(f())
    except TypeError as e:
        print(e)
