# Leaving a with block: __exit__ gets three Nones on the normal path and on
# break/continue/return; the reference counts inside __exit__ (the bound method is
# alive during the call), what dies first afterwards (the bound method, then the
# result), line numbers of an __exit__ that raises, and co_consts of the function.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class CM:
    def __enter__(self):
        print("enter", sys.getrefcount(self))
        return self

    def __exit__(self, *a):
        print("exit", sys.getrefcount(self), a)
        return Noisy("result")


class Tracked:
    def __enter__(self):
        return self

    def exit_impl(self, *a):
        print("exit_impl", a)
        return False


def make_exit(obj):
    # A bound method made per lookup: it dies right after the call.
    m = Noisy("bound")
    class E:
        def __enter__(s):
            return s
        def __exit__(s, *a, _keep=m):
            print("exit with default")
            return None
    return E()


def f():
    cm = CM()
    with cm:
        pass
    with CM() as c:
        pass
    for i in range(3):
        with cm:
            if i == 0:
                continue
            if i == 1:
                break
    def g():
        with cm:
            return 5
    print(g())
    def h():
        with cm as x:
            return x.name if hasattr(x, "name") else "none"
    print(h())
    with make_exit(1):
        print("body")
    print("after")


f()


class Boom:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise ValueError("from exit")


def k():
    with Boom():
        x = 1
    return x


try:
    k()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)


def consts():
    with CM():
        pass


print(consts.__code__.co_consts)


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("suppress", t.__name__ if t else None)
        return True


def s():
    for i in range(2):
        with Suppress():
            if i:
                raise KeyError(i)
    return "done"


print(s())
