# types.coroutine returns an `async def` function unchanged; the wrapper it puts
# around a generator passes gi_*/cr_* attributes through; SimpleNamespace equality
# looks at the real type, not at a `__class__` another object claims.
import functools
import types


async def native():
    pass


print(types.coroutine(native) is native)


def gen():
    yield 1


# A callable that is no plain function gets the wrapper (in CPython too).
w = types.coroutine(functools.partial(gen))()
print(type(w).__name__, w.gi_running, w.cr_running, w.gi_code is w.cr_code, w.gi_code.co_name)
print(w.gi_frame is w.cr_frame, w.gi_yieldfrom, w.cr_await)
print(next(w), w.__name__)
w.close()


class Fake:
    @property
    def __class__(self):
        return types.SimpleNamespace


print(isinstance(Fake(), types.SimpleNamespace), types.SimpleNamespace() == Fake())
print(types.SimpleNamespace(a=1) == types.SimpleNamespace(a=1))
