# ast.unparse: CPython 3.11's output (precedence-driven parentheses, elif chains,
# blank lines before definitions, docstrings, f-string quoting).
import ast

sources = [
    "a or b or (c and d)\nx = -(-1)\ny = (a, b)\nz = 1 .real\nv = {*()}\n",
    "f'{a!r}' f\"{b:{c}}\"\nf'{x}\\n' + f\"{'q'}\"\n",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    '''doc'''\n    return a, b\n",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 1\n    def m(self): pass\n",
    "for i, j in zip(a, b):\n    if i: continue\n    elif j: break\n    else: pass\nelse:\n    y = [k for k in range(3) if k]\n",
    "with open(f) as g, h:\n    del a[1], b.c\n",
    "try:\n    pass\nexcept ValueError as e:\n    raise X from e\nelse:\n    q = 2\nfinally:\n    z += 1\n",
    "import a.b as c, d\nfrom ..m import (x, y as z)\nfrom . import *\n",
    "g = lambda x, *y, **z: (x, y)\nh = lambda: 0\n",
    "a = {1: 2, **b}; s = {1, 2}; t = (); u = (1,)\n",
    "x = a if b else c; y = not a and b or c; z = a < b <= c is not d\n",
    "async def f():\n    async with a as b:\n        await c\n    async for x in y: yield x\n    return (yield from z)\n",
    "match x:\n    case [1, *rest]: pass\n    case {'a': 1, **kw}: pass\n    case Point(1, x=0, y=_) | None: pass\n    case (a as b) if b: pass\n",
    "x[1:2, ::3] = ~y ** -z\n(a): int\nb.c: str = 'e'\nx = (2 ** 3) ** 4 - 2 ** 3 ** 4\n",
    "if (n := len(a)) > 10: print(*a, sep='', **kw)\nglobal q\nassert x, 'm'\nwhile 1: pass\n",
    "x = {k: v for k, v in d.items()}; y = (i for i in z); w = {i async for i in z}\n",
    "'''Module doc'''\nx = 'it''s'\ny = \"\\\\\"\nz = 1e400\n",
]
for s in sources:
    print(ast.unparse(ast.parse(s)))
    print("-----")
