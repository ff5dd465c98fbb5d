# `obj.__class__ = Other` between compatible user classes, and its errors.

class Cat:
    sound = 'meow'

    def speak(self):
        return f'{self.name} says {self.sound}'


class Dog:
    sound = 'woof'

    def speak(self):
        return f'{self.name} barks {self.sound}'


a = Cat()
a.name = 'rex'
for i in range(4):
    # Method and attribute caches must notice the class change.
    print(type(a).__name__, a.speak(), a.sound, isinstance(a, Dog))
    a.__class__ = Dog if i % 2 == 0 else Cat
print(a.name, a.__dict__)


class Base:
    pass


class Sub(Base):
    def extra(self):
        return 'extra'


b = Base()
b.__class__ = Sub
print(b.extra(), type(b) is Sub)

for bad in (1, 'x', None):
    try:
        b.__class__ = bad
    except TypeError as e:
        print('TypeError:', e)
try:
    b.__class__ = int
except TypeError as e:
    print('TypeError:', e)
try:
    b.__class__ = ValueError
except TypeError as e:
    print('TypeError:', e)


class MyErr(Exception):
    pass


class OtherErr(Exception):
    pass


err = MyErr('boom')
err.__class__ = OtherErr
print(type(err).__name__, err.args)
try:
    err.__class__ = Base
except TypeError as e:
    print('TypeError:', e)
try:
    object().__class__ = Base
except TypeError as e:
    print('TypeError:', e)
try:
    del b.__class__
except TypeError as e:
    print('TypeError:', e)
