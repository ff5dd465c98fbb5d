# type() reports a repeated base before linearising, and a failed C3 merge names
# the classes it was stuck on (CPython's check_duplicates / set_mro_error); a
# metaclass's mro() must return classes whose layout the new class extends.
class A: pass
class B(A): pass
class C: pass
for bases in [(A, A), (A, B), (A, C, B)]:
    try:
        type("X", bases, {})
    except TypeError as e:
        print("TypeError", e)

class GridLayout: pass
class HorizontalGrid(GridLayout): pass
class VerticalGrid(GridLayout): pass
class HVGrid(HorizontalGrid, VerticalGrid): pass
class VHGrid(VerticalGrid, HorizontalGrid): pass
try:
    class ConfusedGrid(HVGrid, VHGrid): pass
except TypeError as e:
    print("TypeError", e)

for ret in ([1], 1, "dict"):
    class _metaclass(type):
        def mro(self):
            return [self, dict, object] if ret == "dict" else ret
    try:
        class X(object, metaclass=_metaclass):
            pass
    except TypeError as e:
        print("TypeError", e)

try:
    class Q(metaclass=type, **{}):
        __qualname__ = 1
except TypeError as e:
    print("TypeError", e)
try:
    type("Foo", (), {"__qualname__": b"x"})
except TypeError as e:
    print("TypeError", e)
tp = type("Foo", (), {"__qualname__": "some.name"})
print(tp.__qualname__, "__qualname__" in tp.__dict__)
