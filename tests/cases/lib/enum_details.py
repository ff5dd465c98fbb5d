# enum details: __reduce_ex__, the context of a failing _missing_, the functional
# API's __module__, dir() of an enumeration and of a member, read-only name/value.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

    def describe(self):
        return self.name.lower()

    @property
    def hexy(self):
        return hex(self.value)


class WithMissing(Enum):
    A = "a"

    @classmethod
    def _missing_(cls, value):
        if value == "bad":
            return 5
        if value == "boom":
            raise KeyError("boom")
        return None


print(Color.RED.__reduce_ex__(2))
for v in ["bad", "boom", "zz"]:
    try:
        WithMissing(v)
    except Exception as e:
        print(type(e).__name__, e, type(e.__context__).__name__)
Animal = Enum("Animal", "ANT BEE")
print(Animal.__module__, Animal.__qualname__, list(Animal))
print(dir(Color))
m = Color.GREEN
m.extra = 1
print(dir(m))
for attempt in ("set", "del"):
    try:
        if attempt == "set":
            Color.RED.value = 4
        else:
            del Color.RED.name
    except AttributeError as e:
        print("AttributeError:", e)
print(Color.RED.value, Color.RED.name)
