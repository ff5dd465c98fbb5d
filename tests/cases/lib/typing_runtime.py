# Checks the typing module's objects at runtime as CPython 3.11 makes them: reprs of
# the aliases and special forms, Union normalisation (flattening, repeats, Optional),
# equality with `X | Y`, isinstance with a Union and with an unsubscripted alias,
# the errors for subscripted aliases, Generic[T] classes (parameters, Box[int],
# __orig_class__, __mro__), TypeVar substitution, get_origin/get_args.
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, FrozenSet, Generic, Iterable,
                    List, Literal, Mapping, Optional, Sequence, Set, Tuple, Type,
                    TypeVar, Union, DefaultDict, Deque, Counter, OrderedDict)

T = TypeVar('T')
K = TypeVar('K', bound=int)
V = TypeVar('V', int, str)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str])
print(Union[int, None], Union[None, int], Union[int, str, None], Union[int])
print(Callable[[int], str], Callable[..., int], Callable, Callable[[], None])
print(Tuple[int, ...], Tuple[()], Tuple, Any, Set[int], FrozenSet[str], Type[int])
print(Iterable[int], Sequence[T], Mapping[str, T], List[None])
print(Literal[1, 'a'], ClassVar[int], Final[int], DefaultDict[str, int], Deque[int])
print(Counter[str], OrderedDict[str, int])
print(T, K, K.__bound__, V.__constraints__, T.__name__, TypeVar('C', covariant=True))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
print(Union[int, Union[str, int]], (int | str) == Union[int, str])
print(Union[int, list[int]], Optional[list[int]], List[int] | None, int | List[int])
print(Union[int, str].__args__, Optional[int].__args__, List[int].__origin__)
print(Callable[[int], str].__args__, Tuple[int, ...].__args__, Callable[int, str])
print(isinstance(1, Union[int, str]), isinstance([], List), isinstance(1, Optional[str]))
print(issubclass(list, Sequence), issubclass(bool, Union[int, str]))
for bad in ("isinstance([], List[int])", "List[int]()", "Dict()", "Any()",
            "Optional[int, str]", "Union[()]", "isinstance(1, Any)",
            "typing.NoReturn[int]", "Generic[int]", "List[int, str]",
            "isinstance(1, Union)"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)


class Box(Generic[T]):
    def __init__(self, v):
        self.v = v


class Pair(Generic[K, V]):
    pass


print(Box, Box[int], Box[int](3).v, Box[int](3).__orig_class__)
print([c.__name__ for c in Box.__mro__], Box.__parameters__, Pair.__parameters__)
print(Box.__orig_bases__, Pair[int, str], Box[List[int]])
print(Box[int].__origin__, Box[int].__args__, Box[int] == Box[int], Box[int] == Box[str])
try:
    Box[int, str]
except TypeError as e:
    print(e)


class IntBox(Box[int]):
    pass


print(IntBox.__bases__, IntBox.__parameters__, IntBox(5).v)
print(List[T][int], Dict[str, T][int], list[T], list[T][int], dict[str, T][float])
print(List[T].__parameters__, list[T].__parameters__, (int | T))
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(typing.get_origin(int | str), typing.get_args(int | str))
print(typing.get_origin(list[int]), typing.get_args(list[int]), typing.get_origin(int))
print(typing.get_args(Callable[[int, str], bool]), typing.get_origin(Generic))
print(typing.get_origin(Union[int, str]), typing.get_args(Optional[int]))


def f(x: List[int], y: Optional[str] = None) -> Dict[str, int]:
    return {}


print(f.__annotations__)


class P(typing.Protocol):
    def m(self) -> int:
        ...


print(P, P.__mro__[1:], typing.cast(int, 'x'), typing.TYPE_CHECKING)
print(hash(List[int]) == hash(List[int]), List[int] == List[int], List[int] == list[int])
