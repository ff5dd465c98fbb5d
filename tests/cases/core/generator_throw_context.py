# generator.throw(): the thrown exception's __context__ is the exception the generator
# was handling at its yield (also when thrown through `yield from`, and seen inside the
# generator); an exception class whose construction fails
# throws that error into the generator (which then is finished); a traceback passed as
# the third argument is accepted and kept; gi_code is the function's own code object,
# gi_running/gi_code/gi_frame/gi_suspended are read-only; inspect.getgeneratorstate.
import inspect, sys

def handling():
    try:
        raise KeyError('a')
    except Exception:
        yield

g = handling()
g.send(None)
try:
    g.throw(ValueError)
except ValueError as e:
    print(repr(e.__context__))

def inner():
    yield

def outer():
    try:
        raise KeyError('b')
    except Exception:
        yield from inner()

g = outer()
g.send(None)
try:
    g.throw(ValueError('x'))
except ValueError as e:
    print(repr(e), repr(e.__context__))

def sees():
    try:
        raise KeyError('c')
    except Exception:
        try:
            yield
        except Exception as exc:
            yield repr(exc), repr(exc.__context__)

g = sees()
g.send(None)
print(g.throw(ValueError))

def plain():
    yield 1

class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls

g = plain()
try:
    g.throw(E)
except TypeError as e:
    print(e)
print(next(g, 'finished'))

def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print('caught', type(e).__name__, e.args, e.__traceback__ is not None)

g = catcher()
next(g)
try:
    raise ValueError(6)
except ValueError:
    g.throw(*sys.exc_info())
try:
    g.throw(ValueError, 1, 'not a traceback')
except TypeError as e:
    print(e)

g = plain()
print(g.gi_code is plain.__code__, inspect.getgeneratorstate(g), g.gi_suspended)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended, inspect.getgeneratorlocals(g))
for name in ['gi_running', 'gi_code', 'gi_frame', 'gi_suspended', 'gi_yieldfrom']:
    try:
        setattr(g, name, 1)
    except AttributeError as e:
        print(e)
g.close()
print(inspect.getgeneratorstate(g), g.gi_suspended)
