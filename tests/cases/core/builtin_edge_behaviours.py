# Edge rules of builtins: bytearray.extend/join, dir() of unusual objects,
# input() with a stdout lacking flush, __import__'s package fallback.
import io
import sys
import types
import warnings

def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', r)

# extend: an error raised while iterating is not replaced.
attempt('extend bad item', lambda: bytearray().extend(map(int, 'X')))
attempt('extend not iterable', lambda: bytearray().extend(5))
attempt('extend ok', lambda: (lambda b: (b.extend(iter([65, 66])), b)[1])(bytearray()))

# join keeps its separator exported while the items are gathered.
sep = bytearray(b',')
def clearing():
    sep.clear()
    yield b'A'
attempt('join resize', lambda: sep.join(clearing()))
sep2 = bytearray(b'-')
def plain():
    yield b'A'
    yield b'B'
attempt('join ok', lambda: sep2.join(plain()))
sep2.append(33)
print(sep2)

# dir() of a module whose class hides __dict__, of an object whose __class__
# is an unset slot, of a traceback.
class Weird(types.ModuleType):
    __dict__ = 8
m = Weird('weird')
print(m.__dict__)
attempt('dir weird module', lambda: dir(m))
class Hidden:
    __slots__ = ['__class__', '__dict__']
    def __init__(self):
        self.bar = 'wow'
print(dir(Hidden()))
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__), e.__traceback__.__dir__())

# input(): a stdout without flush is fine (the error is ignored).
class NoFlush:
    def write(self, s):
        pass
saved = sys.stdin, sys.stdout
sys.stdin = io.StringIO('first\nsecond')
sys.stdout = NoFlush()
try:
    got = [input(), input('prompt> ')]
finally:
    sys.stdin, sys.stdout = saved
print(got)

# __import__ with neither __package__ nor __spec__: ImportWarning, then the
# fallback on __name__.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    attempt('relative', lambda: __import__('', {'__package__': None, '__spec__': None,
                                                '__name__': '__main__'},
                                           {}, ('foo',), 1))
for w in caught:
    print(w.category.__name__, w.message)

# The files open() makes are not inherited by child processes (PEP 446).
import os
with open(__file__, encoding='utf-8') as f:
    print(os.get_inheritable(f.fileno()))
    os.set_inheritable(f.fileno(), True)
    print(os.get_inheritable(f.fileno()))
    os.set_inheritable(f.fileno(), False)
    print(os.get_inheritable(f.fileno()))
attempt('bad fd', lambda: os.get_inheritable(987654))
attempt('float fd', lambda: os.get_inheritable(1.5))
