# A property's __doc__ is a writable member; BaseException.args is a getset
# descriptor (seen on the class, assignment converts to a tuple, deletion fails).
class C:
    @property
    def x(self):
        "the x"
        return 1

p = C.__dict__['x']
print(p.__doc__)
p.__doc__ = 'changed'
print(C.x.__doc__, C().x)
del p.__doc__
print(p.__doc__)
q = property(lambda s: 2, doc='given')
print(q.__doc__)
q.__doc__ = None
print(q.__doc__)

print(Exception.args)
print(type(Exception.args).__name__, BaseException.args.__qualname__,
      Exception.args.__name__, Exception.args.__objclass__)
print(Exception.args is ValueError.args, Exception.args.__doc__)
e = ValueError(1)
e.args = [2, 3]
print(e.args, e, e.__dict__)
try:
    del e.args
except TypeError as x:
    print('TypeError', x)
class E(Exception):
    pass
x = E()
x.args = 'ab'
print(x.args, str(x))
print(BaseException.args.__get__(KeyError('k')))
try:
    e.args = 5
except TypeError as t:
    print('TypeError', t)
print(e.args)
print('args' in dir(ValueError()), 'args' in BaseException.__dict__)
