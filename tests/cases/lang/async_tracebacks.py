# Tracebacks through async generators and async comprehensions; a generator's
# __name__/__qualname__ are writable; inspect's async predicates.
async def gen():
    yield 123
g = gen()
g.__name__ = '123'
print(g.__name__)
g.__qualname__ = 'q'
print(g.__qualname__)
print(g.ag_await, g.ag_frame is not None, g.ag_running, g.ag_code.co_name)
def pg(): yield
p = pg(); p.__name__ = 'x'; print(p.__name__)
try:
    g.__name__ = 1
except TypeError as e: print(e)
import inspect, types
print(inspect.isasyncgen(g), inspect.isasyncgenfunction(gen), inspect.isgeneratorfunction(gen))
print(inspect.isawaitable(g.aclose()), inspect.isawaitable(g), inspect.iscoroutinefunction(gen))
async def co():
    pass
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.isgeneratorfunction(co),
      inspect.iscoroutinefunction(co), hex(co.__code__.co_flags), hex(gen.__code__.co_flags))
c.close()
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def ag():
    yield 1
    raise ValueError('inside')
async def main():
    async for x in ag():
        print(x)
    print([y async for y in ag()])
try:
    run(main())
except ValueError:
    import traceback; traceback.print_exc()
async def ag2():
    yield 1
    1/0
async def m2():
    return [y async for y in ag2()]
run(m2())
