# Checks the sizes and reference counts of the typing objects CPython makes:
# types.GenericAlias (80 bytes) and types.UnionType (48 bytes), a fresh alias or
# union held by one name, and that making them leaves the argument classes' counts.
import gc
import sys

a = list[int]
u = int | str
print(sys.getsizeof(a), sys.getsizeof(u), sys.getsizeof(dict[str, list[int]]))
print(sys.getsizeof(int | str | None), sys.getrefcount(a), sys.getrefcount(u))
print(gc.is_tracked(a), gc.is_tracked(u))
b = [list[int] for _ in range(3)]
c = [int | str for _ in range(3)]
print(len({id(x) for x in b}), len({id(x) for x in c}))
del b, c
print(gc.collect())
