# Argument checks of builtins: iter(v, sentinel) needs a callable v, sum() refuses a
# str/bytes/bytearray start (subclasses too), object.__format__ wants a str spec,
# type() refuses names with NUL or lone surrogates, and NotImplemented in a boolean
# context warns (DeprecationWarning).
import warnings


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


class S(str):
    pass


attempt(lambda: iter(42, 42))
attempt(lambda: list(iter(iter([1, 2, 3, 4]).__next__, 3)))
attempt(lambda: sum([b"a"], b""))
attempt(lambda: sum([], bytearray()))
attempt(lambda: sum([], S()))
attempt(lambda: sum(["a"], ""))
attempt(lambda: sum([1, 2], start=10))
attempt(lambda: object().__format__(3))
attempt(lambda: object().__format__("")[:15])
attempt(lambda: object().__format__(S(""))[:15])
attempt(lambda: format(object(), "x"))
attempt(lambda: object().__format__(None))
for v in (3, 3.5, "s", 1j, True):
    attempt(lambda: v.__format__(None))
    attempt(lambda: v.__format__(b""))
attempt(lambda: (5).__format__(S("03")))
attempt(lambda: type("A\x00B", (), {}))
attempt(lambda: type("A\udcdcB", (), {}))
attempt(lambda: type("", (), {}).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(bool(NotImplemented))
    print(not NotImplemented)
    if NotImplemented:
        print("truthy")
print([str(x.message) for x in w], [x.category.__name__ for x in w])
warnings.simplefilter("error")
attempt(lambda: bool(NotImplemented))
