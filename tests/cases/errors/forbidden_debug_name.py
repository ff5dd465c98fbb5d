# Binding or deleting __debug__ is a SyntaxError wherever a name is bound (targets,
# parameters, keywords, imports, def/class names, except-as, walrus, comprehension
# targets), with CPython's message and location; reading it, deleting or
# augmenting an attribute of that name compile.
sources = [
    "def f(**__debug__): pass", "def f(*__debug__): pass", "def f(__debug__=1): pass",
    "def f(*, __debug__): pass", "lambda __debug__: 1", "f(__debug__=1)", "__debug__ = 1",
    "obj.__debug__ = 1", "(__debug__ := 1)", "del __debug__", "del obj.__debug__",
    "(a, *__debug__, c) = (1, 2, 3)", "__debug__: int", "__debug__: int = 1",
    "obj.__debug__: int", "import sys as __debug__", "from sys import path as __debug__",
    "import __debug__", "[x for __debug__ in range(5)]", "for __debug__ in x: pass",
    "with a as __debug__: pass", "class __debug__: pass", "async def __debug__(): pass",
    "try:\n    pass\nexcept E as __debug__:\n    pass", "__debug__ += 1",
    "obj.__debug__ += 1", "print(__debug__, obj.__debug__)", "def g(x, __debug__: int): pass",
]
for s in sources:
    try:
        compile(s, "<test>", "exec")
        print("compiles:", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno, e.offset, e.end_offset)
__debug__ = 1
