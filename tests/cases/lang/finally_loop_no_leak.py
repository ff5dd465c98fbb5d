# Checks: 100000 iterations of early exits through finally/except/with (issue 17) leave
# no value-stack slots, handled exceptions or objects behind: sys.getallocatedblocks()
# is back where it started, and under mempy the frame's slot count (mempy.stack()) is
# the same in every iteration (under CPython that part is skipped).
import sys

try:
    import mempy
except ImportError:
    mempy = None

N = 100000


class CM:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return self.suppress


def slots():
    # The caller's frame (this function's own is the innermost).
    return mempy.stack()[-2]["slots"] if mempy else 0


def churn(n):
    first = None
    total = 0
    for i in range(n):
        s = slots()
        if first is None:
            first = s
        elif s != first:
            return "slots grew at iteration %d: %d -> %d" % (i, first, s)
        # return overridden by continue in an outer finally
        try:
            try:
                return [i]
            finally:
                total += 1
        finally:
            if i < n - 1:
                continue
    return total


def churn2(n):
    total = 0
    first = None
    for i in range(n):
        s = slots()
        if first is None:
            first = s
        elif s != first:
            return "slots grew at iteration %d: %d -> %d" % (i, first, s)
        # a pending exception discarded by continue / break, inside with blocks
        with CM(False):
            for j in range(2):
                try:
                    with CM(i % 2 == 0):
                        raise ValueError(i)
                    raise KeyError(i)
                except KeyError as e:
                    total += 1
                    continue
                finally:
                    if j == 1:
                        break
                    continue
        try:
            raise TypeError(i)
        finally:
            total += 1
            continue
    return total


def churn3(n):
    total = 0
    for i in range(n):
        while True:
            try:
                try:
                    return "r1"
                finally:
                    try:
                        return "r2"
                    finally:
                        break
            finally:
                total += 1
        with CM(True):
            try:
                raise ValueError
            except ValueError:
                try:
                    continue
                finally:
                    total += 1
    return total


before = sys.getallocatedblocks()
r = [churn(N), churn2(N), churn3(N)]
after = sys.getallocatedblocks()
print(r)
print("leaked blocks", after - before < 100)
try:
    raise
except RuntimeError as e:
    print("no exception left handled:", e)
