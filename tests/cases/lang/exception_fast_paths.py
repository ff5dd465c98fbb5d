# Exceptions made, raised and caught in a loop (the fast paths of exception
# creation, handler matching and getattr/hasattr names) behave as the general ones.
import sys

# Construction: plain classes keep their args; the member families still fill theirs.
e = ValueError(1, "two")
print(e.args, repr(e), str(e))
print(ValueError().args, repr(KeyError("k")), str(KeyError("k")))
try:
    ValueError(x=1)
except TypeError as t:
    print("TypeError:", t)
a = AttributeError("msg", name="nm", obj=5)
print(a.args, a.name, a.obj)
n = NameError("no")
print(n.args, n.name)
o = OSError(2, "No such file")
print(type(o).__name__, o.errno, o.strerror, o.args)
i = ImportError("imp")
print(i.msg, i.name, i.path)
s = SyntaxError("bad", ("f.py", 1, 2, "x y"))
print(s.msg, s.filename, s.lineno, s.offset, s.text)


class MyError(Exception):
    pass


class MyAttr(AttributeError):
    pass


print(repr(MyError(3)), MyAttr("m", name="q").name)
print(hasattr(ValueError(1), "__dict__"), ValueError(1).__dict__)

# Handlers: one class, a tuple, a subclass, no match, and a non-exception class.
caught = []
for k in range(6):
    try:
        if k == 0:
            raise ValueError(k)
        elif k == 1:
            raise KeyError(k)
        elif k == 2:
            raise MyError(k)
        elif k == 3:
            {}[k]
        elif k == 4:
            next(iter(()))
        else:
            int("x")
    except (KeyError, MyError) as err:
        caught.append(("tuple", type(err).__name__, err.args))
    except LookupError as err:
        caught.append(("base", type(err).__name__, err.args))
    except StopIteration as err:
        caught.append(("stop", type(err).__name__, err.args))
    except ValueError as err:
        caught.append(("value", str(err), err.__traceback__.tb_lineno))
for c in caught:
    print(c)

try:
    try:
        raise ValueError("inner")
    except int:
        pass
except TypeError as t:
    print("TypeError:", t, "context:", repr(t.__context__))

# Context, cause and exc_info stay exact through the fast paths.
for k in range(2):
    try:
        try:
            raise KeyError(k)
        except KeyError:
            print(sys.exc_info()[0].__name__, sys.exc_info()[1].args)
            raise ValueError(k) from None if k else ValueError(k)
    except ValueError as v:
        print(repr(v.__context__), v.__suppress_context__, repr(v.__cause__))
print(sys.exc_info())


# A raise through two Python frames: one traceback entry per frame.
def g(x):
    raise ValueError(x)


def f(x):
    g(x)


for k in range(3):
    try:
        f(k)
    except ValueError as v:
        tb = v.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print(k, names)


# getattr/hasattr with literal, computed and str-subclass names.
class O:
    present = 1


class S(str):
    pass


ob = O()
name = "".join(["mis", "sing"])
print(getattr(ob, "missing", None), getattr(ob, name, "dflt"), hasattr(ob, name))
print(getattr(ob, "present"), hasattr(ob, S("present")), getattr(ob, S("missing"), 0))
print(hasattr(5, "real"), hasattr(5, name), getattr([], name, "none"))
try:
    getattr(ob, name)
except AttributeError as err:
    print(err, err.name, err.obj is ob)
try:
    getattr(ob, 5)
except TypeError as err:
    print(err)

# getattr/hasattr on builtin objects: a missing name is None without an error, an
# error other than AttributeError still escapes.
def fn():
    pass
fn.extra = 3
print(getattr(fn, "extra", 0), hasattr(fn, "missing"), getattr(fn, "__name__"))
m = memoryview(b"ab")
m.release()
try:
    print(hasattr(m, "nbytes"))
except ValueError as e:
    print("ValueError:", e)
print(hasattr(m, "nope"), getattr(1.5, "imag", None), getattr(None, "x", "d"))
print(hasattr(fn.__code__, "co_name"), hasattr(b"", "decode"), getattr("s", "upper")())


# Leaving a handler frees the exception at once, restoring the outer one.
class Noisy(Exception):
    def __del__(self):
        print("del", self.args, sys.exc_info()[0])


for k in range(2):
    try:
        raise Noisy(k)
    except Noisy:
        print("caught", k, sys.exc_info()[1].args)
    print("after", k)
try:
    raise KeyError("outer")
except KeyError:
    try:
        raise Noisy("inner")
    except Noisy as inner:
        print("inner", repr(inner.__context__))
        del inner
    print("outer again", sys.exc_info()[1])
