# With `from __future__ import annotations`, `*args: *Ts` is kept as the text "*Ts".
from __future__ import annotations


def f(*args: *Ts, x: tuple[int, *Ts]) -> None: pass


print(f.__annotations__)
