# A metaclass __getattribute__ reads the attributes of its classes.
    print(e)
print(types.ModuleType(name='z', doc='d'))

class Meta(type):
    def __getattribute__(cls, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
class C(metaclass=Meta):
    x = 1
print(C.magic, C.x, C.__name__)
try:
    C.nope
except AttributeError as e:
    print(e)
class Meta2(type):
    def __getattribute__(cls, name):
        raise AttributeError(name)
    def __getattr__(cls, name):
        return "fallback " + name
class D(metaclass=Meta2):
    pass
print(D.anything)
print(C().x)
