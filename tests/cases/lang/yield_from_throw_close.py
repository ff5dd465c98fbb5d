# throw() and close() of a generator suspended in `yield from` go to the sub-iterator
# first; what it does (yield, return, raise, swallow) decides the delegator's fate.

def leaf(tag):
    try:
        yield tag + "-1"
        yield tag + "-2"
    except ValueError as e:
        print(tag, "leaf caught", repr(e))
        yield tag + "-after-value-error"
        return tag + "-ret"
    except GeneratorExit:
        print(tag, "leaf closing")
        raise
    finally:
        print(tag, "leaf finally")


def middle():
    try:
        r = yield from leaf("m")
        print("middle got", r)
        yield "middle-next"
    except GeneratorExit:
        print("middle closing")
        raise
    except KeyError as e:
        print("middle caught", repr(e))
        yield "middle-after-key-error"


g = middle()
print(next(g))
print(g.throw(ValueError("v")))          # caught in the leaf, which yields on
print(next(g))                            # the leaf returns: value of yield from
print(next(g, "done"))

g = middle()
print(next(g))
g.close()                                  # leaf closes first, then middle

g = middle()
print(next(g))
print(g.throw(KeyError, "k"))             # passes through the leaf's finally
print(g.gi_running if hasattr(g, "gi_running") else False)


def swallower():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed GeneratorExit")
    # returns normally: the delegator still gets GeneratorExit


def outer():
    try:
        yield from swallower()
    except GeneratorExit:
        print("outer got GeneratorExit")
        raise

g = outer()
next(g)
g.close()

g = outer()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit as e:
    print("throw GeneratorExit ->", type(e).__name__)


class Duck:
    """An iterator with throw() and close(): both are called."""
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *args):
        print("Duck.throw", args)
        if args[0] is KeyError:
            raise StopIteration("from-throw")
        return -1
    def close(self):
        print("Duck.close")


class Plain:
    """An iterator without throw/close: the exception is raised at the yield from."""
    def __iter__(self):
        return self
    def __next__(self):
        return 0


def deleg(it):
    try:
        r = yield from it
        print("deleg result", r)
        yield "after"
    except Exception as e:
        print("deleg caught", type(e).__name__, e.args)
        yield "caught"


g = deleg(Duck())
print(next(g))
print(g.throw(ValueError, 5))
print(g.throw(KeyError))
g.close()

g = deleg(Duck())
next(g)
g.close()

g = deleg(Plain())
next(g)
print(g.throw(ValueError("plain")))

# throw() argument forms
def simple():
    try:
        yield 0
    except Exception as e:
        print("got", type(e).__name__, e.args)
        yield 1

for args in [(ValueError,), (ValueError, 7), (ValueError, (1, 2)), (ValueError, None),
             (ValueError, ValueError("inst")), (ValueError("x"), None)]:
    g = simple()
    next(g)
    print(g.throw(*args))

for bad in [(123,), (ValueError("x"), 1), (ValueError, 1, 5)]:
    g = simple()
    next(g)
    try:
        g.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)

# StopIteration escaping a builtin iterator ends the yield from with its value
def stop_at(x):
    if x == 3:
        raise StopIteration("stopped")
    return x * 10

def over_map():
    r = yield from map(stop_at, range(10))
    print("map result", r)

print(list(over_map()))
