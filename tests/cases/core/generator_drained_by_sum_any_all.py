# sum(), any() and all() over a generator fold its numbers in as it yields them
# (mempy runs the generator's frame once instead of suspending per value); what they
# cannot fold natively (big ints, objects with __add__, strings, true values for
# any) is yielded to them as usual, and the generator stops exactly where CPython's
# does: finalizers, refcounts and state after an early exit are the same.
import sys

print(sum(x for x in range(10)), sum((x for x in range(5)), 10), sum(x * 0.5 for x in range(5)))
print(sum(x for x in [1, 2.5, 3]), sum(x for x in [True, True, 2]), sum((x for x in [[1], [2]]), []))
print(sum(2**62 for _ in range(4)), sum(x for x in [1, 2**70, 3]))
print(sum(x for x in [0.1] * 10), sum(x for x in [1e308, 1e308, -1e308]))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)))
print(any(x for x in [0, None, 0.0, False]), all(x for x in [1, 2.5, True]))
print(any(x for x in [0, '', [], 'a']), all(x for x in [1, 'a', []]))


def counted():
    try:
        yield 0
        yield 5
        yield 7
    finally:
        print("  finally runs")


print(any(counted()))
it = counted()
print(any(it), next(it), it.gi_frame.f_lineno)
del it
it = counted()
print(all(it), it.gi_running, it.gi_frame is not None)
it.close()


def fails():
    yield 1
    raise ValueError("boom")


try:
    sum(fails())
except ValueError as e:
    print("ValueError:", e, type(e.__traceback__.tb_next.tb_frame.f_code.co_name))


class Money:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Money(self.v + (other.v if isinstance(other, Money) else other))

    def __radd__(self, other):
        return Money(other + self.v)


print(sum(Money(i) for i in range(4)).v)


def delegating():
    yield from range(3)
    yield from (x * 2 for x in range(3))


print(sum(delegating()), all(delegating()), any(delegating()))
gen = (i for i in range(5))
print(sum(gen), sum(gen), list(gen))


def watcher(g):
    for x in range(3):
        # What the generator sees of itself while sum() consumes it.
        yield g[0].gi_running
        yield sys.getrefcount(g[0])


box = [None]
box[0] = watcher(box)
print(sum(box[0]))
big = 10**6 + 1
print(sys.getrefcount(big), sum(big for _ in range(3)), sys.getrefcount(big))


# A drain inside the drained generator's own code folds into its own result.
def inner_values():
    yield 100
    yield 200
def outer_values():
    for i in range(3):
        yield i
        yield len(list(inner_values()))
        yield sum(x for x in inner_values())
        yield any(x > 150 for x in inner_values())
print(sum(outer_values()), all(outer_values()), any(x == 300 for x in outer_values()))
print(set(x for x in outer_values()), sorted(outer_values()))
print(sum(sum(y for y in range(x)) for x in range(5)))
