# Property subclasses keep their class through .getter/.setter/.deleter copies and
# hold their doc in the instance dict (a __slots__ subclass raises AttributeError);
# a getter copy takes the new getter's docstring; @classmethod @property chains
# (classmethod.__get__ asks the wrapped descriptor), also for a class __doc__; the
# "has no getter" message names the type by its qualified name.
class PropertySub(property):
    """This is a subclass of property"""
class Foo(object):
    @PropertySub
    def spam(self):
        """spam doc"""
        return 1
    @spam.setter
    def spam(self, v):
        pass
print(type(Foo.spam).__name__, Foo.spam.__doc__, Foo().spam, Foo.spam.__dict__)
class PropertySubSlots(property):
    __slots__ = ()
try:
    class Foo2(object):
        @PropertySubSlots
        def spam(self):
            """doc"""
            return 1
except AttributeError as e:
    print("AE", e)
class B:
    @property
    def spam(self):
        """B.getter"""
        return 1
class S(B):
    @B.spam.getter
    def spam(self):
        """S.getter"""
        return 2
print(S.spam.__doc__, S().spam)
class A:
    @classmethod
    @property
    def __doc__(cls):
        return 'A doc for %r' % cls.__name__
    @classmethod
    @property
    def x(cls):
        return cls.__name__ * 2
print(A.__doc__, A.x)
class cls:
    foo = property()
try:
    cls().foo
except AttributeError as e:
    print(e)
class Outer:
    class Inner:
        p = property()
try:
    Outer.Inner().p = 1
except AttributeError as e:
    print(e)
class PS(property):
    pass
q = PS(lambda s: 1).deleter(lambda s: None)
print(type(q).__name__, type(PS.setter(q, None)).__name__)
