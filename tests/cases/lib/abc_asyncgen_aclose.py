# collections.abc.AsyncGenerator's aclose() mixin throws GeneratorExit in through
# athrow(): fine when athrow ends with GeneratorExit or StopAsyncIteration, a
# RuntimeError when it produces a value instead.
from collections.abc import AsyncGenerator


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Gen(AsyncGenerator):
    def __init__(self, mode):
        self.mode = mode

    async def asend(self, value):
        return value

    async def athrow(self, typ, val=None, tb=None):
        print('athrow', typ.__name__)
        if self.mode == 'stop':
            raise StopAsyncIteration
        if self.mode == 'exit':
            raise typ
        return 'ignored'


for mode in ('stop', 'exit', 'value'):
    g = Gen(mode)
    try:
        print(mode, run(g.aclose()))
    except RuntimeError as e:
        print(mode, 'RuntimeError', e)
print(run(Gen('x').asend(5)), run(Gen('x').__anext__()))
print('aclose' in AsyncGenerator.__dict__, AsyncGenerator.__abstractmethods__ == {'asend', 'athrow'})
