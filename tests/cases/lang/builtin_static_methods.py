# The static methods of builtin classes (str/bytes/bytearray.maketrans) are
# builtin functions bound to their class, as CPython's METH_STATIC ones: their repr
# names the class's type object, __qualname__ is Class.name, __self__ is None, and
# the same function comes back through the class or an instance. A bound builtin
# method's __qualname__ names its receiver's class (a subclass too).
for cls in (str, bytes, bytearray):
    f = cls.maketrans
    print(f.__name__, f.__qualname__, f.__self__, f.__module__, type(f).__name__)
    print(repr(f).startswith("<built-in method maketrans of type object at 0x"))
    print(type(cls.__dict__["maketrans"]).__name__, cls.__dict__["maketrans"].__func__ is f)
print("".maketrans is str.maketrans, b"".maketrans is bytes.maketrans)
print(str.maketrans("ab", "cd"), bytes.maketrans(b"a", b"b")[97:99])
print(bytearray(b"abc").maketrans(b"abc", b"xyz")[97:100])
try:
    str.maketrans()
except TypeError as e:
    print(e)
try:
    bytes.maketrans(b"a")
except TypeError as e:
    print(e)


class L(list):
    pass


class A:
    pass


print(L().append.__qualname__, [].append.__qualname__)
print(A.__subclasshook__.__qualname__, dict.fromkeys.__qualname__)
print(L.__len__.__qualname__, L().__len__.__qualname__)
