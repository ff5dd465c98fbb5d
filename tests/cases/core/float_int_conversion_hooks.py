# float() asks a str subclass's own __float__ before parsing its text;
# int.from_bytes converts its argument as bytes() does (__bytes__, buffers,
# iterables of ints) and names the type it cannot convert.
class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1


class Plain(str):
    pass


print(float(FooStr("8")), float(Plain("2.5")))


class ValidBytes:
    def __bytes__(self):
        return b"\x01\x02"


class InvalidBytes:
    def __bytes__(self):
        return "abc"


class Missing:
    pass


print(int.from_bytes(ValidBytes(), "big"), int.from_bytes([1, 0], "little"),
      int.from_bytes(bytearray(b"\x00\x10"), "big"), int.from_bytes(iter([255]), "big"))
for src in (InvalidBytes(), Missing(), "ab", 5):
    try:
        int.from_bytes(src, "big")
    except TypeError as e:
        print("TypeError", e)
