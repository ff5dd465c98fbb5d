# A descriptor with __set__ but no __get__ does not hide the instance dict when
# read (CPython's generic getattr calls the descriptor first only when it has
# both tp_descr_get and tp_descr_set); reading it with nothing stored gives the
# descriptor itself.
class Descr:
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[self.name] = value

descr = Descr("a")
class X:
    a = descr
x = X()
print(x.a is descr)
x.a = 42
print(x.a, x.__dict__)

class Meta(type):
    pass
class Y(metaclass=Meta):
    pass
Y.a = 42
Meta.a = Descr("a")
print(Y.a)

class Full(Descr):
    def __get__(self, obj, owner):
        return "from __get__"
class Z:
    b = Full("b")
z = Z()
z.b = 1
print(z.b, z.__dict__)
