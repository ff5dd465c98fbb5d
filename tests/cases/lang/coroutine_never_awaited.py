# A coroutine freed before it ever ran warns "coroutine '...' was never awaited"
# (RuntimeWarning, naming the line running when it is freed, plus the tracemalloc
# hint); one that was started, closed or awaited does not; the filters apply; a
# coroutine in a garbage cycle warns when the collector frees it.
import gc
import warnings


async def job(n):
    return n


class Holder:
    async def method(self):
        pass


def drop_in_function():
    c = job(1)
    print('made', type(c).__name__)


drop_in_function()
job(2)
print('after expression statement')
c = Holder().method()
del c
print('after del')
c = job(3)
c.close()
del c
print('closed: no warning')
c = job(4)
try:
    c.send(None)
except StopIteration as e:
    print('ran to', e.value)
del c
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    job(5)
print([str(x.message) for x in w], w[0].category.__name__)
warnings.simplefilter('ignore', RuntimeWarning)
job(6)
print('ignored')
warnings.resetwarnings()
a = [job(7)]
a.append(a)
del a
print('in a cycle')
gc.collect()
print('end')
