# object.__dir__ lists the default names itself: a class whose __dir__ extends
# object.__dir__(self) works (mempy used to call dir() again and recurse); the
# result is a list holding the instance's attributes and its class's.
class A:
    x = 1

    def __dir__(self):
        return ['extra'] + object.__dir__(self)


a = A()
a.y = 2
print(sorted(dir(a))[-4:])
names = object.__dir__(a)
print(type(names).__name__, 'y' in names, 'x' in names, '__init__' in names)
print(len(names) == len(set(names)))


class S:
    __slots__ = ('p',)

    def __dir__(self):
        return [n.upper() for n in object.__dir__(self) if not n.startswith('_')]


s = S()
s.p = 1
print(dir(s))
