# Checks PEP 585 generics at runtime: list[int] etc. are types.GenericAlias with
# CPython's repr, __origin__/__args__/__parameters__, == and hash, calling the alias
# makes the origin's instance, attribute access goes to the origin, isinstance with
# an alias is a TypeError, __class_getitem__ exists on the builtins CPython gives it,
# type[int] is special-cased and other classes are not subscriptable.
import collections
import types

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
print(set[int], frozenset[str], enumerate[int], collections.deque[int])
print(collections.defaultdict[str, int], collections.OrderedDict[str, int],
      collections.Counter[str], types.MappingProxyType[str, int])
a = dict[str, list[int]]
print(type(a), a.__origin__, a.__args__, a.__parameters__)
print(list['int'], list[1], dict[int, 'x'], list[None], list[types.FunctionType])
print(list[int] == list[int], list[int] == list[str], list[int] == list,
      hash(list[int]) == hash(list[int]), list[int] != dict[int, int])
print(list[int](), list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(list[int].__name__, list[int].append, list[int].__module__, list[int].__class__)
print(types.GenericAlias(list, int), types.GenericAlias(list, (int, str)))
print(types.GenericAlias(list, int) == list[int], list.__class_getitem__(int))
for bad in ("isinstance([], list[int])", "issubclass(list, list[int])", "int[str]",
            "str[int]", "object[int]", "types.GenericAlias(list)",
            "list.__class_getitem__()", "list.__class_getitem__(1, 2)"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(isinstance(list[int], type), isinstance(list[int], types.GenericAlias))
for t in (list, tuple, dict, set, frozenset, enumerate, collections.deque, type, int,
          str):
    print(t.__name__, "__class_getitem__" in t.__dict__)


class Meta(type):
    pass


class M(metaclass=Meta):
    pass


try:
    M[int]
except TypeError as e:
    print(e)


class L(list[int]):
    pass


print(L.__bases__, L.__orig_bases__, L([1]))
import typing

T = typing.TypeVar("T")
print(list[T], list[T].__parameters__, list[T][int], dict[str, T][float],
      (list[T] | None)[int], (int | T)[str], dict[T, list[T]].__parameters__)
for bad in ("list[int][str]", "list[T][int, str]", "(int | str)[int]"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
print(len([*tuple[int]]), [*tuple[int]], (*tuple[int],)[0].__unpacked__)
