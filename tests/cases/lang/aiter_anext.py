# The aiter() and anext() builtins and the anext_awaitable anext(it, default) returns,
# driven without an event loop.
import sys, gc
async def ag():
    yield 1
a = ag()
print(type(anext(a)).__name__, aiter(a) is a)
x = anext(a, 5)
print(type(x).__name__, sys.getsizeof(x), gc.is_tracked(x), [n for n in dir(x) if n not in dir(object)])
try: x.send(None)
except StopIteration as e: print(e.value)
y = anext(a, 7)
try: y.send(None)
except StopIteration as e: print('3', e.value)
z = anext(a, 8)
try: next(z)
except StopIteration as e: print('4', e.value)
class AI:
    def __anext__(self): return 3
try:
    anext(AI(), 1).send(None)
except TypeError as e: print(e)
print(anext(AI()))
for bad in (1, AI()):
    try: aiter(bad)
    except TypeError as e: print(e)
try: anext(1)
except TypeError as e: print(e)
class A2:
    def __aiter__(self): return 1
try: aiter(A2())
except TypeError as e: print(e)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    it = aiter(ag())
    print(await anext(it), await anext(it, 'dflt'))
    try:
        await anext(it)
    except StopAsyncIteration:
        print('SAI')
    async def boom():
        yield 1
        raise KeyError('k')
    b = boom()
    await anext(b, 0)
    try:
        await anext(b, 0)
    except KeyError as e:
        print('KeyError', e)
print(run(main()))
w = anext(ag(), 1)
try:
    w.throw(ValueError)
except ValueError as e:
    print('VE')
print(aiter.__doc__ is not None, anext.__name__)
