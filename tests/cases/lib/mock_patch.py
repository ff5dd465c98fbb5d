# unittest.mock.patch: patch / patch.object / patch.dict / patch.multiple as
# decorators (functions, stacked, classes), context managers and start/stop;
# originals come back, created mocks are passed in order, kwargs configure them.
import os
import re
import unittest
from unittest import mock
import unittest.mock
from unittest.mock import patch, MagicMock, sentinel, DEFAULT


def norm(s):
    return re.sub(r"id='\d+'", "id=ID", str(s))


class Thing:
    value = 1

    def method(self):
        return 'real'


print(mock is unittest.mock, mock.patch is patch)
with patch('os.getcwd') as fake:
    fake.return_value = '/fake'
    print(os.getcwd(), norm(fake))
print(os.getcwd() != '/fake')

with patch.object(Thing, 'method', return_value='mocked') as fake:
    print(Thing().method(), fake.call_count)
print(Thing().method())

with patch.object(Thing, 'value', 5):
    print(Thing.value)
print(Thing.value, 'value' in Thing.__dict__)

with patch.object(Thing, 'missing', create=True, new=3):
    print(Thing.missing)
print(hasattr(Thing, 'missing'))
try:
    with patch.object(Thing, 'missing'):
        pass
except AttributeError as e:
    print('AttributeError', re.sub(r'0x[0-9a-f]+', 'ADDR', str(e)))

t = Thing()
with patch.object(t, 'method', side_effect=KeyError('k')):
    try:
        t.method()
    except KeyError as e:
        print('KeyError', e)
print(t.method(), 'method' in t.__dict__)


@patch('os.getcwd')
@patch('os.listdir', return_value=['x'])
def stacked(first, second, extra='e'):
    print(os.listdir('.'), norm(first), norm(second), extra)
    return 'done'


print(stacked(), stacked.__name__)


@patch.object(Thing, 'value', sentinel.v)
def no_extra(arg):
    print(Thing.value, arg)


no_extra('arg')

d = {'a': 1}
with patch.dict(d, {'b': 2}, c=3) as same:
    print(same is d, sorted(d.items()))
print(d)
with patch.dict(d, clear=True):
    print(d)
print(d)


@patch.dict(d, {'z': 26})
def with_dict():
    print(sorted(d))


with_dict()
print(d)

with patch.multiple(Thing, value=7, method=DEFAULT) as made:
    print(Thing.value, sorted(made), norm(made['method']))
print(Thing.value, Thing().method())

p = patch.object(Thing, 'value', 42)
print(p.start(), Thing.value)
p.stop()
print(Thing.value)
patch.object(Thing, 'value', 43).start()
patch('os.sep', 'S').start()
print(Thing.value, os.sep)
patch.stopall()
print(Thing.value, os.sep)


@patch.object(Thing, 'value', 99)
class Tests(unittest.TestCase):
    def test_one(self):
        print('in test', Thing.value)

    def helper(self):
        return Thing.value


Tests('test_one').test_one()
print(Tests('test_one').helper())


@patch('os.getcwd')
class WithMock:
    def test_a(self, fake):
        fake.return_value = 'a'
        return os.getcwd()


print(WithMock().test_a())

try:
    patch('nodots')
except TypeError as e:
    print('TypeError', e)
try:
    patch.object('os', 'sep')
except TypeError as e:
    print('TypeError', e)
