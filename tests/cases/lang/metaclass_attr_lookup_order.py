# Class attribute loads on classes with a user metaclass follow type.__getattribute__'s
# order every time, also in a loop where the load is fast-pathed: a metaclass data
# descriptor beats the class's attribute, the class's attribute beats a plain metaclass
# attribute, the metaclass's __getattr__ runs only when both miss, and a metaclass
# __getattribute__ sees every load. Changes made between loads are seen.
from enum import Enum


class M(type):
    plain = "meta plain"

    def __getattr__(cls, name):
        return "getattr " + name


class C(metaclass=M):
    x = "class x"
    plain = "class plain"


def loads():
    return [C.x, C.plain, C.missing]


for step in range(4):
    print(step, loads())
    if step == 0:
        M.x = property(lambda cls: "meta property")
    elif step == 1:
        del M.x
        C.x = "class x again"
    elif step == 2:
        M.__getattribute__ = lambda cls, name: "hooked " + name


class Color(Enum):
    RED = 1
    GREEN = 2


for _ in range(3):
    print(Color.RED, Color.GREEN is Color(2), Color.RED.name, Color.RED.value)
try:
    Color.BLUE
except AttributeError as e:
    print("AttributeError:", e)
