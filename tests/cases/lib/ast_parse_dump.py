# ast.parse and ast.dump: node classes, fields, expression contexts, and the
# positions (lineno, col_offset in UTF-8 bytes, end positions) of CPython 3.11,
# including f-string parts, default-bearing parameters and non-ASCII text.
import ast

sources = [
    "x = 1 + 2 * y\n",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    '''doc'''\n    return a\n",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 1\n    def m(self): pass\n",
    "for i, j in zip(a, b):\n    if i: continue\n    elif j: break\n    else: pass\nelse:\n    y = [k for k in range(3) if k]\n",
    "with open(f) as g, h:\n    del a[1], b.c\n",
    "try:\n    pass\nexcept ValueError as e:\n    raise X from e\nfinally:\n    z += 1\n",
    "import a.b as c, d\nfrom ..m import (x, y as z)\nfrom . import *\n",
    "lambda x, *y, **z: (x, y)\n",
    "a = {1: 2, **b}; s = {1, 2}; t = (); u = (1,)\n",
    "print(f'{x!r:>{w}} and {y}' 'z')\n",
    "x = a if b else c; y = not a and b or c; z = a < b <= c is not d\n",
    "async def f():\n    async with a as b:\n        await c\n    async for x in y: yield x\n    return (yield from z)\n",
    "match x:\n    case [1, *rest]: pass\n    case {'a': 1, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case (a as b) if b: pass\n",
    "x[1:2, ::3] = ~y ** -z\n",
    "(a): int\nb.c: str = '\u00e9'\n",
    "x = 10**100 + 1.5j + 0x1F + b'ab' + ... + u'q'\n",
    "if (n := len(a)) > 10: pass\n",
    "s = '\u03b1\u03b2\u03b3' + x  # columns count bytes\n",
]
for s in sources:
    tree = ast.parse(s)
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, indent=2))
print(ast.dump(ast.parse("1+2", mode="eval")))
print(ast.dump(ast.parse("x=1", mode="single")))
print(ast.dump(ast.parse("x"), annotate_fields=False))
print(ast.dump(ast.parse("f(a, *b, k=1)").body[0].value, indent="--"))
try:
    ast.dump(5)
except TypeError as e:
    print(e)

# The tree's operator and context nodes are shared, as CPython's parser shares them.
t1, t2 = ast.parse("a + b"), ast.parse("c + d")
print(t1.body[0].value.op is t2.body[0].value.op, t1.body[0].value.left.ctx is t2.body[0].value.right.ctx)

# Node classes: hierarchy, _fields, _attributes, optional fields default to None.
print(ast.Name.__mro__, ast.Load.__mro__)
print(ast.FunctionDef._fields, ast.expr._attributes, ast.comprehension._attributes)
print(ast.Name.__doc__, ast.Constant(1).kind, ast.Constant(1).end_lineno)
n = ast.Name("x")
print(n.id, ast.dump(n), hasattr(n, "ctx"), ast.Module.__match_args__)
for args in [(1, 2, 3), ()]:
    try:
        (ast.Name if args else ast.Pass)(*(args or (1,)))
    except TypeError as e:
        print(e)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
tree = compile("a + b", "<s>", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, ast.dump(tree))

# A lone generator argument spans the call's parentheses.
print(ast.dump(ast.parse("f(a for a in b)\ng((c for c in d))\n"), include_attributes=True))
