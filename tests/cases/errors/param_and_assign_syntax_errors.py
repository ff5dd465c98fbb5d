# CPython 3.11's words and places for common slips the parser cannot take: a
# parameter `=` with no default, defaults on *args/**kwargs, `/*`, `def f:`, `=` where
# a condition or element stands, an expression before `=` in a call, a trailing
# comma in `from m import x,`, and which bad assignment targets get the "==" hint.
cases = [
    "def foo(a,d=,c): pass", "def foo(a,d: int=,c): pass", "def foo(a,d=): pass",
    "lambda a,d=,c: None", "lambda a,d=: None", "def foo(a,*b=3,c): pass",
    "def foo(a,*b: int=,c): pass", "def foo(a,**b=3): pass", "def foo(a,**b: int=3): pass",
    "lambda a,*b=3,c: None", "lambda a,**b=3: None", "def foo(a=1,/*,b,c): pass",
    "lambda a=1,/*,b,c: None", "def f(x=(1, 2), y=[3,\n 4]): return x, y",
    "def f: pass", "async def f: pass", "def f[x](): pass",
    "if x = 3: pass", "while x = 3: pass", "if x.a = 3: pass", "if x[0] = 3: pass",
    "if (a, b) = 3: pass", "if a or b = 3: pass", "(x, y, z=3, d, e)", "[z=3]", "{z=3}",
    "f(x.y=1)", "f(a or b=1)", "f((x)=2)", "f(True=1)", "f(None=1)", "f(x()=2)", "f(a, b=1, c=2)",
    "from t import x,", "from t import x,y,", "from t import (x,)", "import a,",
    "a if 1 else b = 1", "(x for x in x) = 1", "not a = 1", "a < b = 1", "lambda: 1 = 1",
    "a+1 = 2", "[x for x in y] = 1", "-a = 1", "await x = 1", "f() = 1", "True = 1",
]
for c in cases:
    try:
        compile(c, "<s>", "exec")
        print("compiled", repr(c))
    except SyntaxError as e:
        print(repr(c), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset))
