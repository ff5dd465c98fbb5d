# sys.getsizeof of instances follows CPython 3.11's layout: object header, 8 bytes per
# slot, a weakref slot, a GC header and the managed dict's pre-header.
import sys


class Plain:
    pass


class Two:
    __slots__ = ("a", "b")


class Empty:
    __slots__ = ()


class One:
    __slots__ = "a"


class SubOfSlots(Two):
    pass


class MoreSlots(Two):
    __slots__ = ("c",)


class Weak:
    __slots__ = ("a", "__weakref__")


class WithDict:
    __slots__ = ("a", "__dict__")


class Both:
    __slots__ = ("__dict__", "__weakref__")


class SubOfPlain(Plain):
    __slots__ = ("x",)


class Err(Exception):
    pass


class SlotErr(Exception):
    __slots__ = ("code",)


class Sized:
    def __sizeof__(self):
        return 100


class SizedSlots:
    __slots__ = ("a",)

    def __sizeof__(self):
        return 100


for cls in [Plain, Two, Empty, One, SubOfSlots, MoreSlots, Weak, WithDict, Both,
            SubOfPlain, Err, SlotErr, Sized, SizedSlots]:
    o = cls()
    print(cls.__name__, sys.getsizeof(o), o.__sizeof__())
print("object", sys.getsizeof(object()), object().__sizeof__())
print("Exception", sys.getsizeof(Exception()), Exception().__sizeof__())
p = Plain()
p.x = 1
print("Plain with an attribute", sys.getsizeof(p))
