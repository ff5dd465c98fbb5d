# Asynchronous comprehensions (PEP 530) and `await` inside comprehensions, run by
# sending None (no event loop); the SyntaxErrors CPython 3.11 gives for them.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def ag(n):
    for i in range(n):
        yield i

async def sq(v):
    return v * v

async def comp():
    print([x async for x in ag(3)])
    print({x async for x in ag(3)})
    print({x: x * 2 async for x in ag(3)})
    g = (x * 10 async for x in ag(3))
    print(type(g).__name__, g.__name__, g.__qualname__)
    print([y async for y in g])
    print([await sq(x) for x in range(4)])
    print([await sq(x) async for x in ag(4) if x % 2])
    print([[x async for x in ag(i)] for i in range(3)])
    print([(i, j) async for i in ag(3) for j in range(i)])
    print([(i, j) for i in range(3) async for j in ag(i)])
    print({x: [y async for y in ag(x)] for x in range(3)})
    print([x for x in [await sq(5)]])
    gen = (await sq(x) for x in range(3))
    print(type(gen).__name__, [x async for x in gen])
    return 1
print(run(comp()))

def f():
    return (x async for x in ag(2))
print(type(f()).__name__, f().__qualname__)

async def fails():
    try:
        return [x async for x in 5]
    except TypeError as e:
        print('TE', e)
    try:
        lst = [1, 2]
        return [x async for x in lst]
    except TypeError as e:
        print('TE', e)
    try:
        return [x for x in ag(2)]
    except TypeError as e:
        print('TE', e)
run(fails())

for src in [
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return [await x for x in y]\n",
    "def f():\n    return {x: y async for x, y in z}\n",
    "def f():\n    return [[x async for x in z] for z in y]\n",
    "[x async for x in y]\n",
    "class C:\n    a = {x async for x in y}\n",
    "def f():\n    return (x async for x in y)\n",
    "def f():\n    return (await x for x in y)\n",
    "async def f():\n    return [[x async for x in z] for z in y]\n",
    "async def f():\n    yield 1\n    return 2\n",
    "async def f():\n    yield 1\n    return\n",
    "async def f():\n    yield from g()\n",
    "async def f():\n    x = [(yield 1) for y in z]\n",
    "def f():\n    [x for x in y if await x]\n",
]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
