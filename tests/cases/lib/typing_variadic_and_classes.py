# typing's TypeVarTuple/Unpack, ParamSpec, ForwardRef, class-syntax NamedTuple and
# TypedDict, NewType, the IO classes and the overload registry.
import pickle
import sys
import typing
from typing import (Generic, TypeVar, TypeVarTuple, Unpack, ParamSpec, List, Optional,
                    Callable, NamedTuple, TypedDict, Required, NotRequired, NewType,
                    ForwardRef, get_type_hints, get_origin, get_args, overload,
                    get_overloads, clear_overloads, IO, TextIO, BinaryIO, Pattern, Match,
                    is_typeddict, assert_never, assert_type, Protocol, runtime_checkable,
                    no_type_check, final, dataclass_transform, Annotated)

T = TypeVar('T')
Ts = TypeVarTuple('Ts')
P = ParamSpec('P')
print(T.__module__, Ts, Unpack[Ts], [*Ts], P, P.args, P.kwargs, get_origin(P.args))
print(pickle.loads(pickle.dumps(T)) is T)


class C(Generic[*Ts]):
    pass


print(C.__parameters__, C[int, str], C[()])


class D(Generic[T, Unpack[Ts]]):
    pass


print(D[int, str, bytes].__args__, D[int].__args__)
try:
    D[()]
except TypeError as e:
    print('TypeError', e)
print(List['int'], Optional['X'], ForwardRef('a.b'), ForwardRef('x') == ForwardRef('x'))
print(Callable[P, T][[int, str], bytes])


class E(NamedTuple):
    x: int
    y: str = 'a'

    def m(self):
        return self.x


e = E(1)
print(e, e.m(), E.__annotations__, E._field_defaults, E.__mro__)
print(typing.NamedTuple('F', [('a', int)])(3), typing.NamedTuple('G', a=int)._fields)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError', e)


class TD(TypedDict, total=False):
    a: int
    b: Required[str]


print(TD(a=1), type(TD(a=1)), sorted(TD.__required_keys__), sorted(TD.__optional_keys__),
      TD.__total__, is_typeddict(TD), is_typeddict(dict))


class TD2(TD):
    c: NotRequired[int]
    d: Annotated[Required[int], 'meta']


print(sorted(TD2.__required_keys__), sorted(TD2.__optional_keys__))
print(get_type_hints(TD2))
print(get_type_hints(TD2, include_extras=True))
Label = TypedDict('Label', [('label', str)])
print(Label.__annotations__, Label.__module__)
try:
    isinstance({}, TD)
except TypeError as e:
    print('TypeError', e)

UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId | str, UserId.__supertype__)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print('TypeError', e)


class N:
    x: 'List[N]'
    y: Optional['int']


print(get_type_hints(N))


@overload
def f(x: int) -> int: ...


@overload
def f(x: str) -> str: ...


def f(x):
    return x


print(len(get_overloads(f)), [o.__annotations__ for o in get_overloads(f)])
clear_overloads()
print(get_overloads(f))
print(IO, TextIO, BinaryIO, IO[str], Pattern[str], Match[bytes], TextIO.__mro__[1:3])


class Pr(Protocol[T]):
    def m(self): ...


print(runtime_checkable(Pr)._is_runtime_protocol, Pr.__parameters__)
try:
    runtime_checkable(N)
except TypeError as e:
    print('TypeError', e)
try:
    assert_never(42)
except AssertionError as e:
    print('AssertionError', e)
print(assert_type(3, int))


@no_type_check
def nt(x: 'undefined'): pass


print(nt.__no_type_check__, get_type_hints(nt))


@final
def fin(): pass


print(fin.__final__)


@dataclass_transform(kw_only_default=True)
def maker(cls): return cls


print(maker.__dataclass_transform__)
