# Raising and catching in loops: the exception made from a bare class (a class
# defined in Python, a builtin one, ones with their own __init__/__new__, members or a
# metaclass), its args, traceback entries, context and cause, the references and
# ids involved, and the tracebacks of exceptions re-raised from handlers.
import gc
import sys


class MyErr(Exception):
    pass


class SubErr(MyErr):
    pass


class WithInit(Exception):
    def __init__(self, *args):
        super().__init__(*args)
        self.seen = len(args)


class WithNew(Exception):
    def __new__(cls, *args):
        e = super().__new__(cls, *args)
        e.made = True
        return e


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class MetaErr(Exception, metaclass=Meta):
    pass


def tb_lines(tb):
    out = []
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti > 0))
        tb = tb.tb_next
    return out


def catch(cls, n=3):
    got = []
    for i in range(n):
        try:
            raise cls
        except Exception as e:
            got.append((type(e).__name__, e.args, tb_lines(e.__traceback__),
                        e.__context__, e.__cause__, e.__suppress_context__))
    return got


for cls in (MyErr, SubErr, ValueError, KeyError, ZeroDivisionError, WithInit, WithNew,
            MetaErr, StopIteration, SystemExit, OSError, AttributeError, UnicodeError):
    try:
        print(cls.__name__, catch(cls))
    except BaseException as e:
        print("escaped", type(e).__name__)

e = None
for i in range(2):
    try:
        raise WithInit
    except WithInit as x:
        print("WithInit seen", x.seen, x.args)
    try:
        raise WithNew
    except WithNew as x:
        print("WithNew made", x.made)
    try:
        raise OSError
    except OSError as x:
        print("OSError", x.errno, x.strerror, x.args)
    try:
        raise StopIteration
    except StopIteration as x:
        print("StopIteration value", x.value)
    try:
        raise SystemExit
    except SystemExit as x:
        print("SystemExit code", x.code)


# The exception caught with `as e` is unbound after the handler; the refcounts of the
# class and of the caught instance, and the collector's counts, move as CPython's.
def refs_while_caught():
    before = sys.getrefcount(MyErr)
    try:
        raise MyErr
    except MyErr as e:
        inside = sys.getrefcount(MyErr) - before
        r = sys.getrefcount(e)
        info = sys.exc_info()
        print("inside", inside, r, info[0] is MyErr, info[1] is e, info[2] is e.__traceback__)
    print("after", sys.getrefcount(MyErr) - before, sys.exc_info())


refs_while_caught()

gc.collect()
c0 = gc.get_count()
for i in range(5):
    try:
        raise MyErr
    except MyErr:
        pass
c1 = gc.get_count()
print("gc count delta", c1[0] - c0[0])



# Context: raised while handling another; cause with `from`; a class as the cause.
def nested():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise MyErr
        except MyErr as e:
            return e


e = nested()
print(type(e.__context__).__name__, e.__context__.args, e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError
    except ValueError as v:
        raise MyErr from TypeError
except MyErr as e:
    print("cause", type(e.__cause__).__name__, e.__cause__.args, type(e.__context__).__name__,
          e.__suppress_context__)


# Traceback entries through several frames, after a re-raise and a bare raise.
def inner(k):
    if k:
        raise SubErr
    raise ValueError


def middle(k):
    try:
        inner(k)
    except ValueError:
        raise


def outer(k):
    try:
        middle(k)
    except MyErr as e:
        raise e


for k in (0, 1):
    try:
        outer(k)
    except Exception as e:
        print(type(e).__name__, tb_lines(e.__traceback__))

# Exceptions as control flow: KeyError from a dict, ValueError from int(), an
# IndexError, AttributeError from getattr, StopIteration from next().
d = {1: 2}
hits = 0
for s in ("x", "12", "y"):
    try:
        hits += int(s)
    except ValueError as e:
        print("int", e.args, tb_lines(e.__traceback__))
    try:
        d[s]
    except KeyError as e:
        print("key", e.args, tb_lines(e.__traceback__))
print(hits)
try:
    next(iter([]))
except StopIteration as e:
    print("next", e.args, e.value)

# Not an exception.
for bad in (int, 5, object):
    try:
        raise bad
    except TypeError as e:
        print("TypeError", e)


# The uncaught one: the traceback text, with frames and carets.
def last():
    raise MyErr("the end")


def before_last():
    try:
        raise KeyError("first")
    except KeyError:
        last()


before_last()
