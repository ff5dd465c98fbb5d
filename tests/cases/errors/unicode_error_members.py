# UnicodeEncodeError/DecodeError/TranslateError: their five members, argument checks
# and str(); BaseException.__reduce__/__setstate__; `raise e` of an exception already
# in the handled one's context chain cuts the chain instead of making a cycle.
import copy
import pickle

e = UnicodeDecodeError('utf-8', bytearray(b'\xff\x00'), 0, 1, 'bad')
print(e.encoding, e.object, e.start, e.end, e.reason)
print(str(e), repr(e))
e.start, e.end, e.reason = 0, 2, 'worse'
print(str(e))
e.end = 0
print(str(e))
for ch in ('\xe9', '\u1234', '\U0001f600'):
    print(str(UnicodeEncodeError('ascii', 'a' + ch, 1, 2, 'no')))
print(str(UnicodeEncodeError('ascii', 'abc', 0, 3, 'no')))
t = UnicodeTranslateError('ab\u1234', 2, 3, 'r')
print(t.encoding, t.object, t.start, t.end, t.reason, '|', t)
print(str(UnicodeTranslateError('abcd', 1, 3, 'r')))
print(isinstance(t, UnicodeError), UnicodeTranslateError.__mro__[1].__name__)
for cls in (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError):
    print(repr(str(cls.__new__(cls))))
for args in [('utf-8',), (1, 'a', 0, 1, 'r'), ('utf-8', 'text', 0, 1, 'r'),
             ('utf-8', b'x', 'a', 1, 'r')]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as x:
        print('TypeError:', x)
try:
    UnicodeTranslateError('a', 0, 1)
except TypeError as x:
    print('TypeError:', x)
print(str(UnicodeError('plain')), UnicodeError().args)

b = BaseException(1, 2)
print(b.__reduce__())
b.note = 'n'
print(b.__reduce__())
b.__setstate__({'x': 5})
b.__setstate__(None)
print(b.x)
try:
    b.__setstate__([])
except TypeError as x:
    print('TypeError:', x)
c = copy.copy(ValueError('v'))
print(repr(c), repr(pickle.loads(pickle.dumps(KeyError('k')))))
d = copy.deepcopy(e)
print(d.object, d.start, d.end)


def reraise():
    try:
        try:
            undefined_name
        except NameError as a:
            try:
                1 / 0
            except ZeroDivisionError:
                raise a
    except NameError as err:
        return err


r = reraise()
print(type(r.__context__).__name__, r.__context__.__context__)
print(OSError(2, 'nf').__reduce__(), OSError(2, 'nf', 'fn').__reduce__(), OSError(2, 'nf', 'a', None, 'b').__reduce__())
e = OSError(1, 'x'); e.extra = 5; print(e.__reduce__()); print(OSError('one').__reduce__())
print(ImportError('m', name='n').__reduce__(), ImportError('m', path='p').__reduce__(), ImportError().__reduce__())
e=ImportError('m', name='n'); e.x=1; print(e.__reduce__())
import pickle, copy
f = pickle.loads(pickle.dumps(ModuleNotFoundError('gone', name='mod', path='/p')))
print(type(f).__name__, f.args, f.name, f.path, copy.copy(e).name)
