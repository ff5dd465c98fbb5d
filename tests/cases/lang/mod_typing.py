# Checks: typing names import and work in annotations; subscription gives harmless
# aliases with CPython's repr; TypeVar, Generic[T], cast, NamedTuple functional form.
from typing import (List, Dict, Optional, Tuple, Any, Union, Callable, Iterator,
                    Generator, Set, TypeVar, Iterable, Sequence, Generic, cast)
import typing

T = TypeVar("T")


def first(xs: List[int], default: Optional[int] = None) -> Optional[int]:
    return xs[0] if xs else default


def apply(f: Callable[[int], int], items: Iterable[int]) -> Iterator[int]:
    for i in items:
        yield f(i)


def pairs(d: Dict[str, Tuple[int, ...]]) -> Generator[str, None, None]:
    yield from d


def anything(x: Any, y: Union[int, str], z: Set[T]) -> Sequence[T]:
    return [x, y]


print(first([4, 5]), first([], 9), list(apply(lambda v: v * 2, [1, 2])),
      list(pairs({"a": (1,)})), anything(1, "s", set()))
print(List[int], Dict[str, int], Optional[int], Tuple[int, str], Union[int, str])
print(Callable[[int, str], bool], Callable[..., int], List, Any, T, Tuple[int, ...])
print(List[List[int]], Dict[str, Optional[float]], typing.Iterator[str])
print(List[int] == List[int], List[int] == List[str])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, cast(int, "x"), cast(List[int], [1]))
K = TypeVar("K", int, str)
print(K, TypeVar("Co", covariant=True))
Point = typing.NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point(1, 2).x)
try:
    Any()
except TypeError as e:
    print("TypeError:", e)
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError:", e)
try:
    Any[int]
except TypeError as e:
    print("TypeError:", e)
print(typing.TYPE_CHECKING)
