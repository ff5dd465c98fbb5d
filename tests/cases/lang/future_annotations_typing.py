# Checks that under `from __future__ import annotations` typing-style annotations
# (`int | None`, `list[int]`, names not defined yet) stay strings and are never
# evaluated, while the same expressions evaluated at runtime make real objects.
from __future__ import annotations

import typing


def f(x: int | None, y: list[Undefined], *a: dict[str, int]) -> tuple[int, ...]:
    return x


class C:
    attr: ClassVar[int] = 1
    other: C | None


print(f.__annotations__)
print(C.__annotations__)
print(typing.get_type_hints is not None, f(3, []), eval(f.__annotations__["x"]))
print(eval(f.__annotations__["return"]), type(eval(C.__annotations__["other"], None,
                                                      {"C": C})))
