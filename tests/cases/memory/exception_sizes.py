# sys.getsizeof of the builtin exceptions: the families with members (OSError,
# SyntaxError, ImportError, the Unicode errors, StopIteration, SystemExit, NameError,
# AttributeError, exception groups) have CPython 3.11's bigger structs, inherited by
# subclasses; ExceptionGroup (a heap type in CPython) has a weakref slot.
import weakref
import sys
for c in [BaseException, Exception, SyntaxError, IndentationError, ImportError, ModuleNotFoundError, UnicodeError, UnicodeDecodeError, SystemExit, OSError, FileNotFoundError, StopIteration, NameError, UnboundLocalError, AttributeError, KeyError]:
    print(c.__name__, sys.getsizeof(c.__new__(c)))
print(sys.getsizeof(ExceptionGroup('x', [ValueError()])), sys.getsizeof(BaseExceptionGroup('x', [KeyboardInterrupt()])))
class E(OSError): pass
class F(StopIteration): __slots__ = ('a',)
print(sys.getsizeof(E()), sys.getsizeof(F()))
g = ExceptionGroup('x', [ValueError()])
print(weakref.ref(g)() is g)
try:
    weakref.ref(BaseExceptionGroup('x', [KeyboardInterrupt()]))
except TypeError as e:
    print(e)
