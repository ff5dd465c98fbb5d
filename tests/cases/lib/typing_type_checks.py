# typing refuses what cannot stand for a type: a plain special form, Generic or
# Protocol, ClassVar[...]/Final[...], a tuple as a type variable's value, bound or
# constraint; the typing classes cannot be subclassed; aliases are not iterable
# except as `*Tuple[...]`.
from typing import (TypeVar, List, Union, Generic, Protocol, ClassVar, Final, Callable,
                    Optional, Tuple, Any, Annotated, ParamSpec, TypeVarTuple, ForwardRef,
                    NoReturn)

T = TypeVar('T')
for arg in [(), (int, str), Union, Generic, Generic[T], Protocol, ClassVar, ClassVar[int],
            Final[int], Optional]:
    for what in ('subst', 'List', 'list'):
        try:
            if what == 'subst':
                T.__typing_subst__(arg)
            elif what == 'List':
                List[T][arg]
            else:
                list[T][arg]
            print('accepted', what, arg)
        except TypeError as e:
            print('TypeError', what, e)
print(T.__typing_subst__(int | str), T.__typing_subst__(None), T.__typing_subst__(NoReturn),
      List[T][Any], list[T]['X'])
for bad in [lambda: TypeVar('X', bound=Union), lambda: TypeVar('X', int, (str,))]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
for cls in (TypeVar, ParamSpec, TypeVarTuple, ForwardRef):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print('TypeError', cls.__name__, e)
for alias in (Union, Union[str, int], List, Tuple, Callable, Callable[..., T],
              Callable[[T], str], Annotated[T, '']):
    try:
        iter(alias)
    except TypeError as e:
        print('TypeError', e)
print(list(iter(Tuple[int])), [*List[int]])
