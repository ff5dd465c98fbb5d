# contextmanager entry/exit/throw edge cases, suppress, closing, nullcontext,
# redirect_stdout/stderr, ExitStack unwinding and chdir.
import contextlib, io, sys, os
from contextlib import *
@contextmanager
def cm(x):
    "cm doc"
    print('enter', x)
    try:
        yield x * 2
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('exit', x)
with cm(1) as v: print('body', v)
with cm(2): raise KeyError('k')
try:
    with cm(3): raise ValueError('v')
except ValueError as e: print('propagated', e)
print(cm.__name__, cm.__doc__, cm(1).__doc__)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print('RuntimeError', e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print('RuntimeError', e)
@contextmanager
def swallow_and_yield():
    try:
        yield
    except Exception:
        yield
try:
    with swallow_and_yield(): raise ValueError
except RuntimeError as e: print('RuntimeError', e)
@contextmanager
def stopper():
    yield
try:
    with stopper(): raise StopIteration('s')
except StopIteration as e: print('StopIteration', e)
@cm(5)
def decorated(): print('in decorated')
decorated(); decorated()
with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
try:
    with suppress(KeyError): raise ValueError('not suppressed')
except ValueError as e: print('ValueError', e)
class Closable:
    def close(self): print('closed')
with closing(Closable()) as c: print(type(c).__name__)
with nullcontext(5) as n: print(n)
with nullcontext() as n: print(n)
buf = io.StringIO()
with redirect_stdout(buf): print('hidden')
print('got', repr(buf.getvalue()))
buf = io.StringIO()
with redirect_stderr(buf): sys.stderr.write('err\n')
print('got', repr(buf.getvalue()))
with ExitStack() as stack:
    stack.callback(print, 'cb1')
    stack.enter_context(cm(7))
    stack.push(lambda *a: print('push', a[0]))
    print('in stack')
with ExitStack() as stack:
    stack.push(lambda t, v, tb: True)
    raise ValueError('eaten')
print('after eaten')
try:
    with ExitStack() as stack:
        stack.callback(print, 'runs')
        raise KeyError('kept')
except KeyError as e: print('KeyError', e)
def raiser(): raise IndexError('from cb')
try:
    with ExitStack() as stack:
        stack.callback(raiser)
        raise KeyError('orig')
except IndexError as e: print('IndexError', e, repr(e.__context__))
s = ExitStack(); s.callback(print, 'moved'); s2 = s.pop_all(); s.close(); print('before'); s2.close()
try: ExitStack().enter_context(object())
except TypeError as e: print('TypeError', e)
d = os.getcwd()
with chdir('/tmp'): print(os.getcwd())
print(os.getcwd() == d)
class ACM(AbstractContextManager):
    def __exit__(self, *a): print('acm exit')
with ACM() as a: print(type(a).__name__)
class CD(ContextDecorator):
    def __enter__(self): print('cd enter'); return self
    def __exit__(self, *a): print('cd exit'); return False
@CD()
def h(): print('h body'); return 3
print(h())
print(sorted(n for n in contextlib.__all__ if not n.startswith('a') and 'Async' not in n))
