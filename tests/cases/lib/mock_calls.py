# unittest.mock: Mock attribute auto-creation, return_value, side_effect (exception,
# iterable, callable, DEFAULT), the call record (call_args, call_args_list,
# call_count, called, mock_calls, method_calls), `call` objects, their reprs and
# equality, ANY, sentinel, reset_mock, configure_mock and the reprs' names.
import re
from unittest.mock import Mock, MagicMock, NonCallableMock, call, ANY, sentinel, DEFAULT


def norm(s):
    return re.sub(r"id='\d+'", "id=ID", str(s))


m = Mock()
print(m.called, m.call_count, m.call_args, m.call_args_list, m.mock_calls)
r = m(1, 2, a=3)
print(r is m.return_value, r is m())
print(m.called, m.call_count, m.call_args, m.call_args_list)
print(m.call_args.args, m.call_args.kwargs, m.call_args == ((1, 2), {'a': 3}))
args, kwargs = m.call_args_list[0]
print(args, kwargs)
print(m.foo is m.foo, m.foo is not m.bar)
m.foo.bar(5)
m.foo(x=1)
m().baz('q')
print(m.mock_calls)
print(m.method_calls)
print(m.foo.mock_calls, m.foo.method_calls)
print(norm(repr(m)), norm(repr(m.foo)), norm(repr(m.foo.bar)), norm(repr(m())), norm(repr(m().baz)))
print(norm(repr(Mock(name='n'))), norm(repr(Mock(name='n').a())))
print(norm(repr(Mock(spec=int))), norm(repr(Mock(spec_set=['x']))))

# return_value and side_effect
m = Mock(return_value=7)
print(m(), m(1))
m.side_effect = [1, 2, ValueError('third')]
print(m(), m())
try:
    m()
except ValueError as e:
    print('ValueError', e)
try:
    m()
except StopIteration:
    print('StopIteration')
m.side_effect = KeyError
try:
    m()
except KeyError as e:
    print('KeyError', repr(e))
m.side_effect = lambda x: x * 2
print(m(21))
m.side_effect = lambda x: DEFAULT
print(m(1))
m.side_effect = None
print(m(), m.call_count)

# call objects
print(call(1, b=2), call.foo(1), call.foo.bar(), call().x(3), call(1)(2), repr(call))
print(call(1) == call(1), call(1) == call(2), call(1) != call(2))
print(call(1) == call.foo(1), call.foo(1) == call(1), call.foo(1) == call.bar(1))
print(call(1, 2) == ((1, 2), {}), call(a=1) == ({'a': 1},), call.f(1) == ('f', (1,)))
print(call(ANY, 2) == call(object(), 2), call(ANY) == call(1, 2), repr(ANY))
print(call.foo(1).bar(2).call_list())
m = Mock()
m(1)
m(2)
print(m.call_args_list == [call(1), call(2)], call(1) in m.call_args_list)
print([call(1), call(2)] in m.mock_calls, [call(2), call(1)] in m.mock_calls)

# sentinel, DEFAULT
print(sentinel.foo is sentinel.foo, sentinel.foo is not sentinel.bar, sentinel.foo, DEFAULT)
m = Mock(return_value=sentinel.result)
print(m() is sentinel.result)

# reset_mock, configure_mock, kwargs
m = Mock(**{'method.return_value': 3, 'other.side_effect': KeyError, 'attr': 'a'})
print(m.method(), m.attr)
m.configure_mock(**{'x.y.return_value': 9})
print(m.x.y())
m(1)
m.method(2)
m.reset_mock()
print(m.call_count, m.mock_calls, m.method.call_count, m.method(), m.call_args)
m.reset_mock(return_value=True)
print(norm(m.method()))

# wraps
def double(x):
    return x * 2
w = Mock(wraps=double)
print(w(4), w.call_args)
w.return_value = 0
print(w(4))

# deleting attributes, non-callable mocks, assertion-like names
m = Mock()
del m.gone
print(hasattr(m, 'gone'), hasattr(m, 'present'))
n = NonCallableMock()
try:
    n()
except TypeError as e:
    print('TypeError', norm(e))
print(type(n.child).__name__, type(MagicMock().child).__name__, type(m.child).__name__)
for bad in ('assert_foo', 'assret_called', '__dunder__'):
    try:
        getattr(m, bad)
    except AttributeError as e:
        print('AttributeError', e)
m = Mock(spec=['a', 'b'])
print(norm(m.a))
try:
    m.c
except AttributeError as e:
    print('AttributeError', e)
m.c = 1
print(m.c)
m = Mock(spec_set=['a'])
try:
    m.c = 1
except AttributeError as e:
    print('AttributeError', e)
class Spec:
    x = 1
    def meth(self):
        pass
m = Mock(spec=Spec)
print(isinstance(m, Spec), isinstance(m, Mock), norm(m.meth), hasattr(m, 'nope'))

# attaching mocks
parent = Mock()
child = Mock()
parent.child = child
child(1)
parent.attach_mock(Mock(), 'other')
parent.other(2)
print(parent.mock_calls, norm(child))
