# typing.get_type_hints evaluates string annotations (forward references) in the
# function's globals (through __wrapped__) or, for a class, along its MRO in each
# class's module and namespace; None means NoneType; Annotated is stripped unless
# include_extras; objects that cannot have annotations are a TypeError. Also
# functools.singledispatch registering from a string annotation.
import collections.abc, functools
from typing import Annotated, get_type_hints

def f(a: "int", b: "list[Later]", c: None = None) -> "Later":
    pass

class Later:
    pass

class Base:
    x: "Later"

class Derived(Base):
    y: "int"
    z: Annotated[int, "meta"]

print(get_type_hints(f))
print(get_type_hints(Derived))
print(get_type_hints(Derived, include_extras=True)["z"])

@functools.wraps(f)
def wrapper(*args):
    pass

print(get_type_hints(wrapper)["return"])
try:
    get_type_hints(42)
except TypeError as e:
    print(e)

@functools.singledispatch
def kind(arg):
    return "base"

@kind.register
def _(arg: "collections.abc.Sequence"):
    return "sequence"

print(kind(None), kind([1]), kind("s"))
