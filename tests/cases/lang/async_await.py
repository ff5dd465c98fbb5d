# async def / await / async for / async with, driven by hand with send() (no event
# loop): a coroutine runs like a generator whose yields come from the awaited objects.
import types


class Suspend:
    """An awaitable that suspends once, handing `tag` to whoever drives the coroutine."""
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return (self.tag, got)


async def leaf(n):
    r = await Suspend(f"leaf{n}")
    return r


async def chain():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


def drive(coro, label):
    sent = None
    step = 0
    try:
        while True:
            y = coro.send(sent)
            print(label, "yielded", y)
            step += 1
            sent = f"reply{step}"
    except StopIteration as e:
        print(label, "returned", e.value)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


c = chain()
print(type(c).__name__, repr(c).startswith("<coroutine object chain at 0x"))
drive(c, "chain")


class Ticker:
    """Async iterator: each __anext__ awaits once before producing a value."""
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Suspend(f"tick{self.i}")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10


async def loop(n, stop_at=None):
    total = 0
    async for v in Ticker(n):
        if v == stop_at:
            print("break at", v)
            break
        total += v
    else:
        print("loop finished normally")
    return total


drive(loop(2), "loop")
drive(loop(5, stop_at=20), "loop-break")


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print(self.name, "enter")
        await Suspend(self.name + "-enter")
        return self.name.upper()

    async def __aexit__(self, t, e, tb):
        print(self.name, "exit", t.__name__ if t else None, e)
        await Suspend(self.name + "-exit")
        return self.suppress


async def with_body(kind):
    for i in range(3):
        async with Manager(f"m{i}", suppress=(kind == "suppress")) as name, Manager("inner"):
            print("body", name, kind)
            if kind == "return":
                return "early"
            if kind == "break":
                break
            if kind == "continue":
                continue
            if kind in ("raise", "suppress"):
                raise KeyError(kind)
            print("not reached for", kind)
        if kind != "suppress":
            return "after with"
    return "end"


for kind in ["plain", "return", "break", "continue", "raise", "suppress"]:
    drive(with_body(kind), kind)


# throw() and close() reach the awaited object
async def guarded():
    try:
        await Suspend("g")
    except ValueError as e:
        print("guarded caught", e)
        return "recovered"
    finally:
        print("guarded finally")


g = guarded()
print(g.send(None))
try:
    g.throw(ValueError("boom"))
except StopIteration as e:
    print("throw ->", e.value)
g = guarded()
g.send(None)
g.close()


# generator-based coroutines through types.coroutine
@types.coroutine
def legacy(x):
    got = yield x
    return got * 2


async def use_legacy():
    return await legacy(21)

c = use_legacy()
print(c.send(None))
try:
    c.send(5)
except StopIteration as e:
    print("legacy ->", e.value)


# protocol errors
class NoAwait:
    pass


class BadAwait:
    def __await__(self):
        return 5


class NoExit:
    async def __aenter__(self):
        return self


class NotAiter:
    def __aiter__(self):
        return 1


async def await_it(x):
    await x


async def with_it(x):
    async with x:
        pass


async def for_it(x):
    async for _ in x:
        pass


def plain_gen():
    yield 1


for fn, arg in [(await_it, 1), (await_it, NoAwait()), (await_it, BadAwait()),
                (await_it, plain_gen()), (with_it, NoAwait()), (with_it, NoExit()),
                (for_it, [1, 2]), (for_it, NotAiter())]:
    drive(fn(arg), fn.__name__)

c = chain()
for op in (lambda: next(c), lambda: iter(c), lambda: list(c)):
    try:
        op()
    except TypeError as e:
        print("TypeError:", e)
c.close()
