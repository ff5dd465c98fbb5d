# isinstance/issubclass with objects that only act as classes: anything with a
# __bases__ tuple counts as a class, and an instance's class is its __class__.

class AbstractClass:
    def __init__(self, bases):
        self.bases = bases

    @property
    def __bases__(self):
        return self.bases


class AbstractInstance:
    def __init__(self, klass):
        self.klass = klass

    @property
    def __class__(self):
        return self.klass


Root = AbstractClass(())
Mid = AbstractClass((Root,))
Leaf = AbstractClass((Mid, AbstractClass(())))
print(issubclass(Leaf, Root), issubclass(Root, Leaf), issubclass(Mid, Mid))
print(isinstance(AbstractInstance(Leaf), Root), isinstance(AbstractInstance(Root), Mid))


class Real:
    pass


class Sub(Real):
    pass


class Pretender:
    __class__ = property(lambda self: Sub)


print(isinstance(Pretender(), Real), isinstance(Pretender(), Pretender))


def show(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)


class NoBases:
    pass


show(issubclass, NoBases(), Root)
show(issubclass, Real, NoBases())
show(isinstance, 1, NoBases())


class Raising:
    @property
    def __bases__(self):
        raise RuntimeError("bases")


class AttrRaising:
    @property
    def __bases__(self):
        raise AttributeError("bases")


show(isinstance, Real(), Raising())
show(isinstance, Real(), AttrRaising())
show(issubclass, Raising(), Root)
show(issubclass, Real, Raising())


class BadClass:
    @property
    def __class__(self):
        raise RuntimeError("class")


show(isinstance, BadClass(), bool)
show(isinstance, BadClass(), Real)


class Cycle:
    @property
    def __bases__(self):
        return (self, self)


show(issubclass, Cycle(), int)
