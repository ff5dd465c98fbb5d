# __main__ sees the builtins module as __builtins__, a function's __builtins__ is the
# namespace dict, exec() gives a fresh globals dict that dict, and a script has
# __cached__ = None; repr()/ascii() keep the str subclass a __repr__ returned.
import sys
import builtins

print(type(__builtins__).__name__, __builtins__ is builtins)
main = sys.modules["__main__"]
print(main.__cached__, main.__doc__, main.__loader__ is None or True)
print([k for k in vars(main) if k.startswith("__")][:9])


def f():
    pass


print(type(f.__builtins__).__name__, f.__builtins__ is vars(builtins))
ns = {}
exec("", ns)
print(ns["__builtins__"] is vars(builtins))
exec("print(type(__builtins__).__name__)")
exec("print(type(__builtins__).__name__)", {})
exec("print(__builtins__)", {"__builtins__": 7, "print": print})
__builtins__.made_up = "new"
print(made_up)
try:
    __builtins__.__builtins__
except AttributeError as e:
    print("AttributeError", e)
del __builtins__
print(len("still works"))


class MyStr(str):
    pass


class Plain:
    def __repr__(self):
        return MyStr("plain")


class Wide:
    def __repr__(self):
        return MyStr("w\xe9de")


class Bad:
    def __repr__(self):
        return 5


print(type(repr(Plain())).__name__, type(ascii(Plain())).__name__, ascii(Plain()))
print(type(repr(Wide())).__name__, type(ascii(Wide())).__name__, ascii(Wide()))
for fn in (repr, ascii):
    try:
        fn(Bad())
    except TypeError as e:
        print("TypeError", e)
