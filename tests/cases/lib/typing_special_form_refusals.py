# typing's special forms are not classes and not types an argument may be: they
# cannot be subclassed (nor can the alias classes), and plain or misplaced ones
# are refused inside List[...], Tuple[...], ClassVar[...].
import typing
from typing import (ClassVar, Final, Generic, List, Optional, Protocol, Tuple,
                    TypeVar, TypeVarTuple, Union, Unpack)

T = TypeVar("T")
Ts = TypeVarTuple("Ts")
attempts = [
    ("class C(ClassVar[int])", lambda: type("C", (ClassVar[int],), {})),
    ("class C(Final[int])", lambda: type("C", (Final[int],), {})),
    ("class C(type(Final[int]))", lambda: type("C", (type(Final[int]),), {})),
    ("class C(type(Final))", lambda: type("C", (type(Final),), {})),
    ("class C(type(List[int]))", lambda: type("C", (type(List[int]),), {})),
    ("class C(Unpack)", lambda: type("C", (Unpack,), {})),
    ("class C(Union)", lambda: type("C", (Union,), {})),
    ("List[Union]", lambda: List[Union]),
    ("Tuple[Optional]", lambda: Tuple[Optional]),
    ("ClassVar[ClassVar[int]]", lambda: ClassVar[ClassVar[int]]),
    ("List[ClassVar[int]]", lambda: List[ClassVar[int]]),
    ("List[Generic]", lambda: List[Generic]),
    ("Tuple[Generic[T]]", lambda: Tuple[Generic[T]]),
    ("List[Protocol]", lambda: List[Protocol]),
    ("Final[ClassVar[int]]", lambda: Final[ClassVar[int]]),
    ("Tuple[(1, 2)]", lambda: Tuple[(1, 2), int]),
]
for label, f in attempts:
    try:
        print(label, "->", f())
    except TypeError as e:
        print(label, "-> TypeError:", e)
print(List[int], Tuple[int, ...], ClassVar[List[int]], Tuple[typing.NoReturn], List[None])


class Box(Generic[T]):
    pass


class IntBox(Box[int]):
    pass


print(IntBox.__mro__[1].__name__, Box[str])
