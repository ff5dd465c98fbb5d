# contextlib: ExitStack keeps (is_sync, callback) pairs (a callback's wrapper has
# __wrapped__, a manager's exit is its bound __exit__, an object without a class
# __exit__ is its own callback); an exception raised by one exit callback gets the
# exception it replaced as __context__, ending where the exception being handled
# around the `with` was, and keeps that context when re-raised; AbstractContextManager
# is an ABC with abstract __exit__ that recognises any class with both methods; a
# @contextmanager generator that yields again is closed, and the exception leaving
# it keeps only the frames of the `with` block.
import sys, traceback
from contextlib import AbstractContextManager, ExitStack, contextmanager

class CM:
    def __enter__(self):
        return 'entered'
    def __exit__(self, *exc):
        print('CM exit', exc[0])

def cb(*args, **kw):
    print('callback', args, kw)

with ExitStack() as stack:
    print(stack.callback(cb, 1, k=2) is cb)
    print(stack._exit_callbacks[-1][0], stack._exit_callbacks[-1][1].__wrapped__ is cb)
    print(stack.enter_context(CM()))
    cm = stack._exit_callbacks[-1][1].__self__
    print(type(cm).__name__)
    obj = type('Bare', (), {})()
    obj.__exit__ = object()
    stack.pop_all()  # nothing left to run: the stack above unwinds empty
    stack.push(lambda *exc: print('pushed', exc[0]))

def raise_exc(exc):
    raise exc

try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError('first'))
        stack.callback(raise_exc, KeyError('second'))
        stack.callback(raise_exc, AttributeError('third'))
        1 / 0
except IndexError as exc:
    chain = []
    while exc is not None:
        chain.append(repr(exc))
        exc = exc.__context__
    print(' <- '.join(chain))

class Missing(AbstractContextManager):
    pass

try:
    Missing()
except TypeError as e:
    print('abstract:', e)

class FromScratch:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return None

class NoEnter(FromScratch):
    __enter__ = None

print(issubclass(FromScratch, AbstractContextManager), issubclass(NoEnter, AbstractContextManager))

@contextmanager
def twice():
    yield
    yield

ctx = twice()
ctx.__enter__()
try:
    ctx.__exit__(None, None, None)
except RuntimeError as e:
    print(e, ctx.gen.gi_suspended)

@contextmanager
def quiet():
    yield

try:
    with quiet():
        1 / 0
except ZeroDivisionError as e:
    print([f.name for f in traceback.extract_tb(e.__traceback__)])
