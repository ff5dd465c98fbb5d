# type's __name__ and __qualname__ are getset descriptors in type's namespace
# (CPython's type_getsets): read through them a class gives its names, and
# setting through them follows type.__setattr__'s rules.
qn = type.__dict__['__qualname__']
print(type(qn).__name__, type(type.__dict__['__name__']).__name__)
class X:
    class Inside:
        pass
print(qn.__get__(X.Inside), type.__dict__['__name__'].__get__(X.Inside), type.__qualname__)
for f in [lambda: qn.__set__(str, 'Oink'), lambda: qn.__set__(X, 5), lambda: qn.__delete__(X),
          lambda: qn.__set__(1, 'x')]:
    try:
        f()
        print("ok")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
qn.__set__(X, 'Renamed')
print(X.__qualname__, X.__name__, '__qualname__' in dir(type))
