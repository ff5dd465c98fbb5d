# inspect.getattr_static looks attributes up without running the object's code:
# no __getattr__, no __getattribute__, no descriptor __get__.
import inspect


class Loud:
    cls_attr = "from class"

    def __getattr__(self, name):
        print("__getattr__ ran for", name)
        return 42

    def __getattribute__(self, name):
        print("__getattribute__ ran for", name)
        return object.__getattribute__(self, name)

    @property
    def prop(self):
        print("property ran")
        return 1


o = Loud()
object.__setattr__(o, "inst", "from instance")
print(inspect.getattr_static(o, "cls_attr"))
print(inspect.getattr_static(o, "inst"))
print(type(inspect.getattr_static(o, "prop")).__name__)
print(inspect.getattr_static(o, "missing", "default"))
try:
    inspect.getattr_static(o, "missing")
except AttributeError as e:
    print("AttributeError", e)


# A data descriptor on the class wins over the instance dict; a non-data one does not.
class NonData:
    def __get__(self, obj, typ=None):
        return "nondata"


class Data(NonData):
    def __set__(self, obj, value):
        pass


class Holder:
    d = Data()
    n = NonData()


h = Holder()
h.__dict__["d"] = "instance d"
h.__dict__["n"] = "instance n"
print(type(inspect.getattr_static(h, "d")).__name__, inspect.getattr_static(h, "n"))


# Slots: the member descriptor is returned, not its value.
class Slotted:
    __slots__ = ("a",)


s = Slotted()
s.a = 3
print(type(inspect.getattr_static(s, "a")).__name__)


# A class's attribute may come from its metaclass; the class's own wins.
class Meta(type):
    meta_attr = "from metaclass"
    shared = "meta shared"


class WithMeta(metaclass=Meta):
    shared = "class shared"


print(inspect.getattr_static(WithMeta, "meta_attr"), inspect.getattr_static(WithMeta, "shared"))
print(inspect.getattr_static(WithMeta(), "meta_attr", "not on instances"))


# A class whose __dict__ is shadowed by a property: the instance dict is not read.
class Shadow:
    @property
    def __dict__(self):
        print("shadowing __dict__ ran")
        return {"x": 1}


sh = Shadow()
print(inspect.getattr_static(sh, "x", "no x"))
